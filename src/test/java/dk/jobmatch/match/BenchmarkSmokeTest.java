package dk.jobmatch.match;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the benchmark working: the same harness at 1 000 citizens, no timing asserted. */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void harnessRunsAndReportsEveryMeasure() throws Exception {
        List<MatchBenchmarkHarness.Row> rows = MatchBenchmarkHarness.run(1_000, 30, 5, dir);

        assertThat(rows).extracting(MatchBenchmarkHarness.Row::measure).anyMatch(m -> m.startsWith("index rebuild (1500"))
                .anyMatch(m -> m.startsWith("bare Lucene")).anyMatch(m -> m.startsWith("naive scan"));
        assertThat(MatchBenchmarkHarness.table(rows)).contains("| 1,000 |");
    }
}
