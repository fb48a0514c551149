package dk.jobmatch.benchmark;

import dk.jobmatch.benchmark.MatchBenchmarkHarness.Row;
import dk.jobmatch.benchmark.MatchBenchmarkHarness.Timings;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.match.MatchForBenchmark;
import dk.jobmatch.search.CandidateQuery;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.search.SearchForBenchmark;
import io.micronaut.context.ApplicationContext;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static dk.jobmatch.benchmark.MatchBenchmarkHarness.ms;
import static dk.jobmatch.benchmark.MatchBenchmarkHarness.at;
import static dk.jobmatch.benchmark.MatchBenchmarkHarness.percentiles;
import static dk.jobmatch.benchmark.MatchBenchmarkHarness.ratio;

/**
 * Issue 23's comparison in one run: the floor query, the need → citizens match in-process and
 * over HTTP, and the PostgreSQL full-text baseline on the same profiles and questions, each with
 * one client (p50/p99 of the passes already timed) and in a closed loop with 2 and
 * {@code settings.clients()} clients; then the ratios the targets are stated in. At a
 * core-only size ({@link MatchBenchmarkHarness.Settings#coreOnly}) one client only, without the
 * closed loops and the floor/PostgreSQL agreement check.
 */
final class SideBySide {

    /** Every profile in batches, read only when the PostgreSQL baseline is loaded. */
    interface Profiles {
        Iterator<List<Citizen>> batches() throws Exception;
    }

    private SideBySide() {
    }

    static void measure(int citizens, ApplicationContext context, BenchHttp http, List<Need> needs,
                        Map<String, Employer> byId, Profiles everyone, Timings one,
                        MatchBenchmarkHarness.Settings settings, List<Row> rows) throws Exception {
        SearchForBenchmark search = new SearchForBenchmark(context);
        MatchForBenchmark match = new MatchForBenchmark(context);
        String token = http.login("consultant");
        Map<String, ClosedLoop.Call<Need>> systems = new LinkedHashMap<>();
        Map<String, long[]> single = new LinkedHashMap<>();
        systems.put("floor (bare Lucene)", ClosedLoop.timed(need -> search.floor(MatchBenchmarkHarness.floorQuery(need, byId, 10))));
        single.put("floor (bare Lucene)", one.floor());
        systems.put("match in-process", ClosedLoop.timed(need -> match.rankCitizens(need, byId.get(need.employerId()), 10)));
        single.put("match in-process", one.match());
        List<String> paths = MatchBenchmarkHarness.paths(needs);
        Map<String, String> pathOf = new LinkedHashMap<>();
        for (int i = 0; i < needs.size(); i++) {
            pathOf.put(needs.get(i).id(), paths.get(i));
        }
        systems.put("match over HTTP", need -> http.timedGet(token, pathOf.get(need.id())));
        single.put("match over HTTP", one.http());
        int most = Math.max(2, settings.clients());
        String url = PostgresBaseline.configuredUrl();
        try (PostgresBaseline pg = url == null ? null : PostgresBaseline.connect(url, most)) {
            if (pg == null) {
                rows.add(new Row(citizens, "PostgreSQL full-text baseline", "skipped: no PostgreSQL (set"
                        + " JOBMATCH_TEST_PG_URL or -Dbench.pg-url; ./jobmatch bench starts one when PostgreSQL is installed)"));
            } else {
                long started = System.nanoTime();
                long loaded = pg.load(everyone.batches());
                rows.add(new Row(citizens, "PostgreSQL baseline: COPY of " + loaded
                        + " profiles, GIN (danish) and lat/lon B-tree built, analysed", MatchBenchmarkHarness.seconds(System.nanoTime() - started)));
                ClosedLoop.Call<Need> sql = ClosedLoop.timed(need -> pg.top(question(need, byId), 10));
                systems.put("PostgreSQL full-text", sql);
                long[] pgOne = MatchBenchmarkHarness.timeChecked(needs, need -> () -> pg.top(question(need, byId), 10));
                single.put("PostgreSQL full-text", pgOne);
                rows.add(new Row(citizens, "PostgreSQL full-text + GIN + haversine, same filters and words, top 10, one client",
                        percentiles(pgOne)));
                if (!settings.coreOnly(citizens)) {
                    rows.add(new Row(citizens, "same question, floor and PostgreSQL: answers and shared top 10",
                            agreement(needs, byId, search, pg)));
                }
            }
            List<Integer> loads = settings.coreOnly(citizens) ? List.of() : Stream.of(2, settings.clients()).distinct().toList();
            for (int clients : loads) {
                for (var system : systems.entrySet()) {
                    ClosedLoop.Load load = ClosedLoop.run(needs, clients, settings.load(), system.getValue());
                    String name = system.getKey().equals("match over HTTP")
                            ? "HTTP throughput, " + clients + " concurrent clients"
                            : "throughput, " + system.getKey() + ", " + clients + " concurrent clients";
                    rows.add(new Row(citizens, name + ", " + settings.load().toSeconds() + " s", String.format(Locale.ROOT,
                            "%,.0f requests/s (%,d requests) · %s", load.perSecond(), load.requests(),
                            percentiles(load.sortedLatencies()))));
                }
            }
        }
        long[] floor = single.get("floor (bare Lucene)");
        rows.add(new Row(citizens, "ratio match p50 / floor p50: in-process; over HTTP", ratio(one.match(), floor)
                + "; " + ratio(one.http(), floor)));
        long[] sql = single.get("PostgreSQL full-text");
        if (sql != null) {
            rows.add(new Row(citizens, "ratio PostgreSQL p50 / match p50: in-process; over HTTP; PostgreSQL / floor",
                    ratio(sql, one.match()) + "; " + ratio(sql, one.http()) + "; " + ratio(sql, floor)));
        }
        rows.add(new Row(citizens, "one client p50 / p99, side by side", single.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.2f / %.2f ms", e.getKey(), ms(at(e.getValue(), 0.5)),
                        ms(at(e.getValue(), 0.99))))
                .reduce((a, b) -> a + " · " + b).orElse("")));
    }

    private static PostgresBaseline.Question question(Need need, Map<String, Employer> byId) {
        CandidateQuery floor = MatchBenchmarkHarness.floorQuery(need, byId, 10);
        Need free = need.withFreeTasksOnly();
        return new PostgresBaseline.Question(floor.text(), free.nonNegotiables(), free.hoursPerWeek(),
                byId.get(need.employerId()).place());
    }

    /** A check that both answer the same question: how many answers each gives, and how many ids they share. */
    private static String agreement(List<Need> needs, Map<String, Employer> byId, SearchForBenchmark search,
                                    PostgresBaseline pg) throws Exception {
        long lucene = 0;
        long sql = 0;
        long shared = 0;
        for (Need need : needs) {
            Set<String> fromLucene = new HashSet<>(search.floor(MatchBenchmarkHarness.floorQuery(need, byId, 10)).stream()
                    .map(ScoredId::id).toList());
            List<String> fromSql = pg.top(question(need, byId), 10);
            lucene += fromLucene.size();
            sql += fromSql.size();
            shared += fromSql.stream().filter(fromLucene::contains).count();
        }
        return String.format(Locale.ROOT, "%d needs: %d answers from Lucene, %d from PostgreSQL, %d ids in both"
                + " (the rankings differ: BM25 with synonyms and compounds against ts_rank)", needs.size(), lucene, sql,
                shared);
    }
}
