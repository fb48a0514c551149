package dk.jobmatch.evaluation;

import dk.jobmatch.common.BackgroundWork;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code ./jobmatch evaluate-weights}: the weight evaluation against the service's own database,
 * configured as the service is (H2 file by default; the postgres environment and JOBMATCH_DB_* for
 * PostgreSQL). Starts the application context without the HTTP server, without background work
 * ({@link BackgroundWork}) and without Flyway, so it reads the database and changes nothing; on H2
 * the service must be stopped first (the file is locked while it runs). Prints the report and
 * writes it to {@code target/evaluate-weights.md} (or the path given), and a suggestion, when
 * there is one, to {@code evaluate-weights.properties} beside it, for the nDCG comparison.
 */
public final class EvaluateWeights {

    private EvaluateWeights() {
    }

    /**
     * The service's application context, configured as the service is (plus {@code environments}),
     * without the HTTP server, background work or Flyway: it reads and changes nothing by itself.
     */
    static ApplicationContext offline(String... environments) {
        return ApplicationContext.builder().environments(environments)
                .properties(Map.of(BackgroundWork.OFFLINE, "true", "flyway.datasources.default.enabled", "false"))
                .start();
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args.length > 0 ? args[0] : "target/evaluate-weights.md").toAbsolutePath();
        Path suggestion = report.resolveSibling("evaluate-weights.properties");
        Evaluation evaluation;
        try (ApplicationContext context = offline()) {
            evaluation = context.getBean(WeightEvaluation.class).evaluate(WeightEvaluation.MINIMUM_PER_CLASS);
        }
        String markdown = WeightReport.markdown(evaluation);
        System.out.println(markdown);
        Files.createDirectories(report.getParent());
        Files.writeString(report, markdown);
        Files.deleteIfExists(suggestion);
        if (evaluation.suggestion() != null) {
            Files.writeString(suggestion, WeightReport.properties(evaluation.suggestion().weights()));
        }
    }
}
