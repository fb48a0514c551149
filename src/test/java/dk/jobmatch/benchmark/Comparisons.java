package dk.jobmatch.benchmark;

import dk.jobmatch.benchmark.MatchBenchmarkHarness.Row;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.match.MatchForBenchmark;
import dk.jobmatch.search.SearchForBenchmark;
import io.micronaut.context.ApplicationContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The matching projection (profiles and their analysed phrases kept between requests, checked
     * against the rows' revisions) against loading and analysing the pool on every request; and
     * whether both serve the same lists (ids, scores and explanations) for every need.
     */
    static void projection(int citizens, ApplicationContext context, List<Need> needs, Map<String, Employer> byId,
                           List<Row> rows) {
        MatchForBenchmark with = new MatchForBenchmark(context);
        MatchForBenchmark without = with.withoutProjection(context);
        rows.add(new Row(citizens, "A/B in-process match p50, with the matching projection / without, two rounds",
                rounds(needs, need -> () -> with.rankCitizens(need, byId.get(need.employerId()), 10),
                        need -> () -> without.rankCitizens(need, byId.get(need.employerId()), 10))));
        long same = needs.stream().filter(need -> with.served(need, byId.get(need.employerId()), 10)
                .equals(without.served(need, byId.get(need.employerId()), 10))).count();
        rows.add(new Row(citizens, "same top 10 (ids, scores, explanations) with and without the projection",
                same + " of " + needs.size() + " needs"));
    }

    /**
     * The pool ranked by fit retrieved in two passes (documents matching a group, then the rest
     * only when places are left) against one query with the groups optional; and whether both serve
     * the same lists for every need.
     */
    static void twoPasses(int citizens, ApplicationContext context, List<Need> needs, Map<String, Employer> byId,
                          List<Row> rows) {
        MatchForBenchmark match = new MatchForBenchmark(context);
        SearchForBenchmark search = new SearchForBenchmark(context);
        try {
            rows.add(new Row(citizens, "A/B in-process match p50, pool retrieved in two passes / in one query, two rounds",
                    rounds(needs, need -> {
                        search.retrieveByFitInTwoPasses(true);
                        return () -> match.rankCitizens(need, byId.get(need.employerId()), 10);
                    }, need -> {
                        search.retrieveByFitInTwoPasses(false);
                        return () -> match.rankCitizens(need, byId.get(need.employerId()), 10);
                    })));
            long same = needs.stream().filter(need -> {
                search.retrieveByFitInTwoPasses(true);
                List<String> two = match.served(need, byId.get(need.employerId()), 10);
                search.retrieveByFitInTwoPasses(false);
                return two.equals(match.served(need, byId.get(need.employerId()), 10));
            }).count();
            rows.add(new Row(citizens, "same top 10 (ids, scores, explanations) with the pool in two passes and in one",
                    same + " of " + needs.size() + " needs"));
        } finally {
            search.retrieveByFitInTwoPasses(false); // the default
        }
    }

    /**
     * Explanations written for the matches served only (10) against for every candidate of the pool
     * (150) before ranking, in both directions; and whether both serve the same lists (ids, scores,
     * tiers, bundles and explanations) for every need and citizen.
     */
    static void explanations(int citizens, ApplicationContext context, List<Need> needs, Map<String, Employer> byId,
                             List<Citizen> measured, List<Row> rows) {
        MatchForBenchmark match = new MatchForBenchmark(context);
        try {
            rows.add(new Row(citizens, "A/B in-process need → citizens p50, served matches explained / every candidate,"
                    + " two rounds", rounds(needs, explaining(match, false, need -> match.rankCitizens(need,
                            byId.get(need.employerId()), 10)), explaining(match, true, need -> match.rankCitizens(need,
                            byId.get(need.employerId()), 10)))));
            rows.add(new Row(citizens, "A/B in-process citizen → needs p50, served matches explained / every candidate,"
                    + " two rounds", rounds(measured, explaining(match, false, citizen -> match.rankNeeds(citizen, 10)),
                            explaining(match, true, citizen -> match.rankNeeds(citizen, 10)))));
            long sameNeeds = needs.stream().filter(need -> same(match,
                    () -> match.served(need, byId.get(need.employerId()), 10))).count();
            long sameCitizens = measured.stream().filter(citizen -> same(match,
                    () -> match.servedNeeds(citizen, 10))).count();
            rows.add(new Row(citizens, "same top 10 (ids, scores, tiers, bundles, explanations) with served matches"
                    + " explained and every candidate", sameNeeds + " of " + needs.size() + " needs, " + sameCitizens
                    + " of " + measured.size() + " citizens"));
        } finally {
            match.explainEveryCandidate(false);
        }
    }

    private static <T> MatchBenchmarkHarness.Task<T> explaining(MatchForBenchmark match, boolean every,
                                                              Function<T, Object> rank) {
        return input -> {
            match.explainEveryCandidate(every);
            return () -> rank.apply(input);
        };
    }

    private static boolean same(MatchForBenchmark match, Supplier<List<String>> served) {
        match.explainEveryCandidate(false);
        List<String> servedOnly = served.get();
        match.explainEveryCandidate(true);
        return servedOnly.equals(served.get());
    }

    /** Two rounds of A then B over the same inputs: "p50 A / p50 B (p99 A / B) = ratio" per round. */
    private static <T> String rounds(List<T> inputs, MatchBenchmarkHarness.Task<T> a, MatchBenchmarkHarness.Task<T> b) {
        StringBuilder rounds = new StringBuilder();
        for (int round = 1; round <= 2; round++) {
            long[] first = time(inputs, a);
            long[] second = time(inputs, b);
            rounds.append(round == 1 ? "" : "; ").append(String.format(Locale.ROOT, "%.2f / %.2f ms (p99 %.2f / %.2f) = %s",
                    ms(at(first, 0.5)), ms(at(second, 0.5)), ms(at(first, 0.99)), ms(at(second, 0.99)),
                    ratio(first, second)));
        }
        return rounds.toString();
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
        rows.add(new Row(citizens, "A/B in-process match p50, pool of " + smaller + " / the configured pool, two rounds",
                rounds(needs, need -> () -> small.rankCitizens(need, byId.get(need.employerId()), 10),
                        need -> () -> configured.rankCitizens(need, byId.get(need.employerId()), 10))));
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
