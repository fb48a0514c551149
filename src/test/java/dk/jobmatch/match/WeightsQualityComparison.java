package dk.jobmatch.match;

import dk.jobmatch.support.Api;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second half of {@code ./jobmatch evaluate-weights}: the labelled set's nDCG@10 in both
 * directions with the service's weights and with the suggested ones
 * ({@code -Djobmatch.weights.suggested=target/evaluate-weights.properties}, written by the first
 * half). Each weight set gets a throw-away service of its own (test environment, in-memory H2),
 * configured through the same {@code jobmatch.match.weights} properties the service reads, so the
 * suggested weights rank exactly as they would if someone configured them. Appends its table to
 * {@code target/evaluate-weights.md}. Not part of the suite: it runs only when asked.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class WeightsQualityComparison {

    private static final Path REPORT = Path.of("target/evaluate-weights.md");

    @Test
    void labelledSetWithCurrentAndSuggestedWeights() throws IOException {
        String file = System.getProperty("jobmatch.weights.suggested");
        Assumptions.assumeTrue(file != null, "no suggested weights given (-Djobmatch.weights.suggested=FILE)");
        Properties suggested = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file))) {
            suggested.load(reader);
        }
        Map<String, Object> weights = new HashMap<>();
        suggested.forEach((key, value) -> weights.put((String) key, value));

        double[] now = ndcg(Map.of());
        double[] then = ndcg(weights);
        String table = String.format(Locale.ROOT, "%n### The labelled set with the suggested weights%n%n"
                        + "| weights | nDCG@10 need → citizens | nDCG@10 citizen → needs |%n|---|---|---|%n"
                        + "| current | %.3f | %.3f |%n| suggested | %.3f | %.3f |%n%n"
                        + "The labelled set (src/test/resources/quality/matching-set.json) ranked by a service"
                        + " configured with each weight set; the carving follows the weights too.%n",
                now[0], now[1], then[0], then[1]);
        System.out.println(table);
        Files.writeString(REPORT, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** "jobmatch.match.weights.job-goal" -> JOB_GOAL. */
    private static ScorePart part(String key) {
        return ScorePart.valueOf(key.substring(key.lastIndexOf('.') + 1).replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /** nDCG@10 need → citizens and citizen → needs, on a service with these weight properties. */
    private static double[] ndcg(Map<String, Object> weights) {
        Map<String, Object> properties = new HashMap<>(weights);
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            MatchWeights served = server.getApplicationContext().getBean(MatchWeights.class);
            weights.forEach((key, value) -> assertThat(served.asMap().get(part(key)))
                    .as("the service ranks with %s", key).isEqualTo(Double.parseDouble((String) value)));
            Api api = new Api(server.getPort());
            QualitySet set = QualitySet.load(api, api.consultant(), "/quality/matching-set.json");
            return new double[] {RankingMetrics.meanNdcg(set.judgements(true), set::citizensFor),
                    RankingMetrics.meanNdcg(set.judgements(false), set::needsFor)};
        }
    }
}
