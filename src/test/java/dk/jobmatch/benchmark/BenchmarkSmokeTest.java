package dk.jobmatch.benchmark;

import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the benchmark working: the same harness at 1 000 citizens, no timing asserted. */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK_SMOKE)
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void harnessRunsAndReportsEveryMeasure() throws Exception {
        // No jar in the unit-test phase: start-up is measured by the full benchmark only. A handful
        // of agreements, so the capacity reads see holds.
        List<MatchBenchmarkHarness.Row> rows = MatchBenchmarkHarness.run(1_000,
                new MatchBenchmarkHarness.Settings(30, 5, 2, Duration.ofSeconds(1), null, "6"), dir);

        assertThat(rows).extracting(MatchBenchmarkHarness.Row::measure)
                .anyMatch(m -> m.startsWith("bulk import of 500 needs")).anyMatch(m -> m.startsWith("bulk import of 1000 citizens"))
                .anyMatch(m -> m.startsWith("index rebuild (1500")).anyMatch(m -> m.startsWith("floor: bare Lucene"))
                .anyMatch(m -> m.startsWith("citizen → needs match in-process"))
                .anyMatch(m -> m.startsWith("ratio match p50 / floor p50"))
                // the baseline's figures with a PostgreSQL (JOBMATCH_TEST_PG_URL), else a row saying it was skipped
                .anyMatch(m -> m.startsWith("PostgreSQL"))
                .anyMatch(m -> m.contains("over HTTP, one client")).anyMatch(m -> m.startsWith("HTTP throughput"))
                .anyMatch(m -> m.startsWith("naive scan"));
        assertThat(rows).filteredOn(r -> r.measure().startsWith("agreements present while measuring"))
                .singleElement().extracting(MatchBenchmarkHarness.Row::value).asString()
                .startsWith("6 (3 DRAFT, 3 ACTIVE;");
        // Explaining the served matches only serves what explaining every candidate did (timings are never asserted).
        assertThat(rows).filteredOn(r -> r.measure().startsWith("same top 10 (ids, scores, tiers, bundles, explanations)"))
                .singleElement().extracting(MatchBenchmarkHarness.Row::value).asString()
                .matches("(\\d+) of \\1 needs, (\\d+) of \\2 citizens");
        assertThat(MatchBenchmarkHarness.table(rows)).contains("| 1,000 |");
    }

    @Test
    void aSizeAboveFullUpToMeasuresTheCoreFiguresOnly() throws Exception {
        // As the 1,000,000-citizen size runs: agreements capped, no A/Bs, loads or exhaustive scans;
        // on the other kind of synthetic data, so both kinds load and match.
        List<MatchBenchmarkHarness.Row> rows = MatchBenchmarkHarness.run(500,
                new MatchBenchmarkHarness.Settings(20, 5, 2, Duration.ofSeconds(1), null, "5%", 4, 100,
                        Phrasing.Trades.load()), dir);

        assertThat(rows).extracting(MatchBenchmarkHarness.Row::measure)
                .anyMatch(m -> m.startsWith("bulk import of 500 citizens")).anyMatch(m -> m.startsWith("index size on disk"))
                .anyMatch(m -> m.startsWith("heap used after load")).anyMatch(m -> m.startsWith("heap used after the measured"))
                .anyMatch(m -> m.startsWith("floor: bare Lucene")).anyMatch(m -> m.startsWith("citizen → needs match in-process"))
                .anyMatch(m -> m.contains("over HTTP, one client")).anyMatch(m -> m.startsWith("PostgreSQL"))
                .noneMatch(m -> m.startsWith("naive scan")).noneMatch(m -> m.contains("concurrent clients"))
                .noneMatch(m -> m.startsWith("A/B")).noneMatch(m -> m.startsWith("top 10 as good as"));
        assertThat(rows).filteredOn(r -> r.measure().startsWith("agreements present while measuring"))
                .singleElement().extracting(MatchBenchmarkHarness.Row::value).asString().startsWith("4 (2 DRAFT, 2 ACTIVE;");
        assertThat(rows).filteredOn(r -> r.measure().startsWith("synthetic data's words"))
                .singleElement().extracting(MatchBenchmarkHarness.Row::value).isEqualTo("trades");
        assertThat(rows).extracting(MatchBenchmarkHarness.Row::measure).anyMatch(m -> m.startsWith("CPU per request"));
    }
}
