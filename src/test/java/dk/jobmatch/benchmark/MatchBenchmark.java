package dk.jobmatch.benchmark;

import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark ({@code ./jobmatch bench}); excluded from the normal test run. Sizes come from
 * {@code -Dbench.citizens=10000,100000}; start-up is measured with the jar at {@code -Dbench.jar}
 * (default {@code target/jobmatch.jar}, which the command builds first); agreements present while
 * measuring from {@code -Dbench.agreements} (a share of the citizens, default {@code 5%}, or a
 * count; {@code 0} for none); each closed-loop load for {@code -Dbench.load-seconds} (default 20); the
 * PostgreSQL baseline against {@code JOBMATCH_TEST_PG_URL} or {@code -Dbench.pg-url} (skipped without).
 * Writes {@code target/performance.md}.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class MatchBenchmark {

    @Test
    void measure() throws Exception {
        String sizes = System.getProperty("bench.citizens", "10000,100000");
        List<MatchBenchmarkHarness.Row> rows = new ArrayList<>();
        for (int citizens : Arrays.stream(sizes.split(",")).mapToInt(Integer::parseInt).toArray()) {
            rows.addAll(MatchBenchmarkHarness.run(citizens, new MatchBenchmarkHarness.Settings(300, 20, 8,
                    Duration.ofSeconds(Long.getLong("bench.load-seconds", 20)), Path.of(System.getProperty("bench.jar", "target/jobmatch.jar")),
                    System.getProperty("bench.agreements", "5%")),
                    Path.of("target/bench")));
        }
        String table = MatchBenchmarkHarness.table(rows);
        Files.writeString(Path.of("target/performance.md"), table);
        System.out.println(table);
    }
}
