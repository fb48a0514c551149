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
 * count; {@code 0} for none), at most {@code -Dbench.agreements-max} (default no limit; an agreement
 * costs a match and up to four requests, 40 per second at 100k, so 5% of a million would take half
 * an hour); each closed-loop load for {@code -Dbench.load-seconds} (default 20); the
 * PostgreSQL baseline against {@code JOBMATCH_TEST_PG_URL} or {@code -Dbench.pg-url} (skipped without).
 * Sizes above {@code -Dbench.full-up-to} (default 100000) measure the core figures only (issue 23's
 * 1,000,000 citizens): import, agreements, index size, heap, one rebuild (last), the floor and pool queries,
 * both match directions in-process, HTTP with one client and the PostgreSQL baseline with one
 * client; no A/Bs, closed loops, naive scan, exhaustive top-10 checks (every profile in memory,
 * each scored per need) or start-up. Writes {@code target/performance.md} after each size (and
 * prints each row as measured); {@code src/test/benchmark/growth_plot.py} draws the growth curve
 * from it.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class MatchBenchmark {

    @Test
    void measure() throws Exception {
        String sizes = System.getProperty("bench.citizens", "10000,100000");
        List<MatchBenchmarkHarness.Row> rows = new ArrayList<>();
        MatchBenchmarkHarness.Settings settings = new MatchBenchmarkHarness.Settings(300, 20, 8,
                Duration.ofSeconds(Long.getLong("bench.load-seconds", 20)),
                Path.of(System.getProperty("bench.jar", "target/jobmatch.jar")), System.getProperty("bench.agreements", "5%"),
                Integer.getInteger("bench.agreements-max", Integer.MAX_VALUE), Integer.getInteger("bench.full-up-to", 100_000),
                Phrasing.fromProperty());
        for (int citizens : Arrays.stream(sizes.split(",")).mapToInt(Integer::parseInt).toArray()) {
            rows.addAll(MatchBenchmarkHarness.run(citizens, settings, Path.of("target/bench")));
            Files.writeString(Path.of("target/performance.md"), MatchBenchmarkHarness.table(rows));
        }
        System.out.println(MatchBenchmarkHarness.table(rows));
    }
}
