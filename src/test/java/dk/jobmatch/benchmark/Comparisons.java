package dk.jobmatch.benchmark;

import dk.jobmatch.benchmark.MatchBenchmarkHarness.Row;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.match.MatchForBenchmark;
import io.micronaut.context.ApplicationContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dk.jobmatch.benchmark.MatchBenchmarkHarness.at;
import static dk.jobmatch.benchmark.MatchBenchmarkHarness.ms;
import static dk.jobmatch.benchmark.MatchBenchmarkHarness.ratio;
import static dk.jobmatch.benchmark.MatchBenchmarkHarness.time;

/**
 * A/Bs of candidate changes (issue 23), each in two interleaved rounds over the same needs, so
 * neither side always runs first and the ratio within a round is the figure to read.
 */
final class Comparisons {

    private Comparisons() {
    }

    private static String pair(long[] a, long[] b) {
        return String.format(Locale.ROOT, "%.2f / %.2f ms (p99 %.2f / %.2f) = %s", ms(at(a, 0.5)), ms(at(b, 0.5)),
                ms(at(a, 0.99)), ms(at(b, 0.99)), ratio(a, b));
    }

    /**
     * The configured pool the exact rules weigh against a smaller one ({@code -Dbench.pool},
     * default 30, i.e. 3x the limit of 10), and what the smaller one loses against scoring every
     * profile.
     */
    static void pool(int citizens, ApplicationContext context, List<Need> needs, Map<String, Employer> byId,
                        List<Need> naiveNeeds, List<Citizen> everyone, List<Row> rows) {
        int smaller = Integer.getInteger("bench.pool", 30);
        MatchForBenchmark configured = new MatchForBenchmark(context);
        MatchForBenchmark small = configured.withPool(context, smaller);
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= 2; round++) {
            long[] a = time(needs, need -> () -> small.rankCitizens(need, byId.get(need.employerId()), 10));
            long[] b = time(needs, need -> () -> configured.rankCitizens(need, byId.get(need.employerId()), 10));
            rounds.append(round == 1 ? "" : "; ").append(pair(a, b));
        }
        rows.add(new Row(citizens, "A/B in-process match p50, pool of " + smaller + " / the configured pool, two rounds",
                rounds.toString()));
        int same = 0;
        int lost = 0;
        for (Need need : naiveNeeds) {
            int here = small.lostToRetrieval(need, byId.get(need.employerId()), everyone, 10, true).values().stream()
                    .mapToInt(Integer::intValue).sum();
            lost += here;
            same += here == 0 ? 1 : 0;
        }
        rows.add(new Row(citizens, "top 10 as good as scoring every profile, pool of " + smaller + " (" + naiveNeeds.size()
                + " needs)", String.format(Locale.ROOT, "%d of %d needs; %d pairs missed", same, naiveNeeds.size(), lost)));
    }
}
