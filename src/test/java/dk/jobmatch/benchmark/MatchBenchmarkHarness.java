package dk.jobmatch.benchmark;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenCandidates;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.match.MatchForBenchmark;
import dk.jobmatch.search.CandidateQuery;
import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.search.SearchForBenchmark;
import dk.jobmatch.support.Eventually;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures the service at a given scale in one run, so the ratios are fair on a noisy machine.
 * Data goes in through the NDJSON bulk import over HTTP (timed end to end: parsing, validation,
 * database, outbox, audit, index); then a share of the citizens get agreements through the API,
 * so matching reads real holds (capacity and commitments). Then: the full index rebuild, index size and heap; the bare
 * Lucene query with the same filters (baseline a), the service's ranking in-process and over HTTP,
 * HTTP throughput with concurrent clients, a naive scan of every profile in Java (baseline b); and,
 * given the packaged jar, the start-up time of a fresh process on the data just written.
 */
final class MatchBenchmarkHarness {

    record Row(int citizens, String measure, String value) {
    }

    /**
     * How much to measure: queries per pass, naive queries, the load test, the jar (or null), and
     * how many agreements exist while measuring: a count ({@code "5000"}) or a share of the
     * citizens ({@code "5%"}); {@code "0"} for none; at most {@code agreementsMax}. Sizes above
     * {@code fullUpTo} measure the core figures only (see {@link #run}). The synthetic data's words
     * come from {@code phrasing}.
     */
    record Settings(int queries, int naiveQueries, int clients, Duration load, Path jar, String agreements,
                    int agreementsMax, int fullUpTo, Phrasing phrasing) {

        Settings(int queries, int naiveQueries, int clients, Duration load, Path jar, String agreements) {
            this(queries, naiveQueries, clients, load, jar, agreements, Integer.MAX_VALUE, Integer.MAX_VALUE);
        }

        Settings(int queries, int naiveQueries, int clients, Duration load, Path jar, String agreements,
                 int agreementsMax, int fullUpTo) {
            this(queries, naiveQueries, clients, load, jar, agreements, agreementsMax, fullUpTo, new Phrasing.Words());
        }

        int agreementsFor(int citizens) {
            String spec = agreements == null ? "0" : agreements.strip();
            int wanted = spec.endsWith("%")
                    ? (int) Math.round(citizens * Double.parseDouble(spec.substring(0, spec.length() - 1)) / 100)
                    : Integer.parseInt(spec);
            return Math.min(wanted, agreementsMax);
        }

        /** Core figures only at this size: no A/Bs, closed loops, exhaustive scans or start-up. */
        boolean coreOnly(int citizens) {
            return citizens > fullUpTo;
        }
    }

    /** The rows of a run; each is also printed as a table row when measured, so a run that dies keeps its figures in the log. */
    static final class Rows extends ArrayList<Row> {

        @Override
        public boolean add(Row row) {
            System.out.println("bench row: " + table(List.of(row)).lines().skip(2).findFirst().orElse(""));
            System.out.flush();
            return super.add(row);
        }
    }

    private MatchBenchmarkHarness() {
    }

    /** {@code run-100000}, or {@code run-100000-trades} for data other than the first benchmark's words. */
    private static Path runDir(int citizens, Phrasing phrasing, Path workDir) {
        String suffix = phrasing instanceof Phrasing.Words ? "" : "-" + phrasing.name();
        return workDir.resolve("run-" + citizens + suffix).toAbsolutePath();
    }

    /** A service on a fresh H2 file and index of its own under {@code workDir}, as a benchmark run uses. */
    static EmbeddedServer startOnDisk(int citizens, Phrasing phrasing, Path workDir) throws IOException {
        Path dir = runDir(citizens, phrasing, workDir);
        Eventually.deleteRecursively(dir);
        Files.createDirectories(dir);
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dir.resolve("data/jobmatch") + ";DB_CLOSE_ON_EXIT=FALSE",
                "jobmatch.search.index-path", dir.resolve("lucene-index").toString(),
                "jobmatch.search.poll-interval", "1h",
                "micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    /**
     * One size. Above {@code settings.fullUpTo()} only the core figures are measured (issue 23's
     * 1,000,000 citizens: import, agreements, rebuild, index size, heap, floor, the service's pool
     * query, both match directions in-process, HTTP with one client, the PostgreSQL baseline with
     * one client; the rebuild once, last); the A/Bs, the closed loops, the naive scan and the exhaustive "as good as scoring
     * every profile" checks (which hold every profile in memory and score each one per need) and
     * the start-up are left out there.
     */
    static List<Row> run(int citizens, Settings settings, Path workDir) throws Exception {
        Path dir = runDir(citizens, settings.phrasing(), workDir);
        boolean core = settings.coreOnly(citizens);
        List<Row> rows = new Rows();
        rows.add(new Row(citizens, "synthetic data's words (-Dbench.data)", settings.phrasing().name()));
        try (EmbeddedServer server = startOnDisk(citizens, settings.phrasing(), workDir)) {
            ApplicationContext context = server.getApplicationContext();
            BenchHttp http = new BenchHttp(server.getPort());
            load(citizens, settings.phrasing(), context, http, rows);
            agreements(citizens, settings.agreementsFor(citizens), settings.clients(), context, http, rows);

            if (!core) {
                rebuild(citizens, context, dir, List.of("first, right after the import", "second"), rows);
            } else {
                rows.add(new Row(citizens, "index size on disk after the import", megabytes(size(dir.resolve("lucene-index")))));
                rows.add(new Row(citizens, "heap used after load (after a full GC)", heap()));
            }
            List<Need> needs = openNeeds(context, settings.queries());
            rows.add(new Row(citizens, "measured open needs with tasks held by agreements", String.format(Locale.ROOT,
                    "%d of %d", count(context, "SELECT COUNT(DISTINCT need_id) FROM capacity_hold WHERE need_id IN ("
                            + needs.stream().map(n -> "'" + n.id() + "'").collect(Collectors.joining(",")) + ")"),
                    needs.size())));
            Map<String, Employer> byId = context.getBean(EmployerService.class)
                    .findAll(needs.stream().map(Need::employerId).distinct().toList());
            Timings one = inProcess(citizens, context, needs, byId, core, rows);
            List<Citizen> measured = citizenToNeeds(citizens, context, settings.queries(), rows);
            if (!core) {
                Comparisons.explanations(citizens, context, needs, byId, measured, rows);
                Comparisons.projection(citizens, context, needs, byId, rows);
                Comparisons.twoPasses(citizens, context, needs, byId, rows);
            }
            one = overHttp(citizens, http, needs, one, rows);
            SideBySide.measure(citizens, context, http, needs, byId, () -> everyoneInBatches(context), one, settings,
                    rows);
            if (!core) {
                List<Citizen> everyone = everyone(context);
                List<Need> naiveNeeds = needs.subList(0, Math.min(settings.naiveQueries(), needs.size()));
                naive(citizens, context, naiveNeeds, byId, everyone, one.match(), rows);
                needsLost(citizens, context, measured.subList(0, Math.min(settings.naiveQueries(), measured.size())),
                        rows);
                Comparisons.pool(citizens, context, needs, byId, naiveNeeds, everyone, rows);
            }
            rows.add(new Row(citizens, "heap used after the measured queries (after a full GC)", heap()));
            if (core) {
                // Last at a core-only size: at a million it takes minutes, and the figures above
                // matter more if a run has to be cut short; the queries then ran on the index the
                // import wrote (merged by Lucene as it went), not on a rebuilt one.
                rebuild(citizens, context, dir, List.of("once, after the measured queries"), rows);
            }
        }
        if (!core && settings.jar() != null && Files.exists(settings.jar())) {
            startup(citizens, settings.jar(), dir, rows);
        }
        return rows;
    }

    /**
     * Full rebuilds, timed: at a full size twice, as the first runs while Lucene still merges what
     * the import wrote and the JIT is cold for this path, and the second is what an operator's
     * reindex on a running service sees; then the index size and the heap.
     */
    private static void rebuild(int citizens, ApplicationContext context, Path dir, List<String> passes,
                                List<Row> rows) throws IOException {
        for (String when : passes) {
            long started = System.nanoTime();
            long documents = context.getBean(IndexSynchronizer.class).rebuild();
            rows.add(new Row(citizens, "index rebuild (" + documents + " documents), " + when,
                    seconds(System.nanoTime() - started)));
        }
        rows.add(new Row(citizens, "index size on disk", megabytes(size(dir.resolve("lucene-index")))));
        rows.add(new Row(citizens, "heap used after load and rebuild (after a full GC)", heap()));
    }

    /** Heap in use after a full collection, with the committed and the maximum heap. */
    private static String heap() {
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "%s (committed %s, max %s)", megabytes(heap.getUsed()),
                megabytes(heap.getCommitted()), megabytes(heap.getMax()));
    }

    /** Start-up as {@code ./jobmatch run} does it: with a JDK AOT cache recorded by an earlier run. */
    private static void startup(int citizens, Path jar, Path dir, List<Row> rows) throws Exception {
        long cold = JarStartup.medianMillis(jar, dir, 3, List.of());
        Path cache = dir.resolve("jobmatch.aot");
        JarStartup.once(jar, dir, List.of("-XX:AOTCacheOutput=" + cache));
        long cached = JarStartup.medianMillis(jar, dir, 3, List.of("-XX:AOTCache=" + cache));
        rows.add(new Row(citizens, "start-up of the jar on this data, no AOT cache (fresh JVM until /health, median of 3)",
                cold + " ms"));
        rows.add(new Row(citizens, "start-up of the jar on this data with the AOT cache of a previous run (median of 3)",
                cached + " ms"));
    }

    /** At most this many lines per import request, so a size of any scale stays within the request limit and memory. */
    private static final int IMPORT_CHUNK = 100_000;

    static void load(int citizens, Phrasing phrasing, ApplicationContext context, BenchHttp http, List<Row> rows)
            throws Exception {
        SyntheticData data = new SyntheticData(42L, phrasing);
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> employers;
        try (Connection connection = dataSource.getConnection()) {
            employers = data.writeEmployers(connection, Math.max(10, citizens / 5));
        }
        String token = http.login("integration");
        importTimed(citizens, http, token, "needs", Math.max(20, citizens / 2), i -> data.need(employers), rows);
        importTimed(citizens, http, token, "citizens", citizens, data::citizen, rows);
    }

    /**
     * Lines made in chunks of {@link #IMPORT_CHUNK}, each posted as one NDJSON request; the time is
     * the requests', not the making of the synthetic lines nor the writing of the body, which is
     * done before the clock starts, as an integration has its file before it sends it.
     */
    private static void importTimed(int citizens, BenchHttp http, String token, String target, int count,
                                    java.util.function.IntFunction<Map<String, Object>> line, List<Row> rows)
            throws Exception {
        long elapsed = 0;
        long written = 0;
        for (int from = 0; from < count; from += IMPORT_CHUNK) {
            List<Map<String, Object>> lines = IntStream.range(from, Math.min(count, from + IMPORT_CHUNK))
                    .mapToObj(line).toList();
            long writing = System.nanoTime();
            byte[] body = BenchHttp.ndjson(lines);
            written += System.nanoTime() - writing;
            long started = System.nanoTime();
            http.importBody(token, target, body, null);
            elapsed += System.nanoTime() - started;
        }
        int requests = (count + IMPORT_CHUNK - 1) / IMPORT_CHUNK;
        rows.add(new Row(citizens, "bulk import of " + count + " " + target + " over HTTP (NDJSON" + (requests > 1
                ? ", " + requests + " requests of up to " + IMPORT_CHUNK + " lines" : "")
                + "; DB + outbox + audit + index)", String.format(Locale.ROOT,
                "%,.0f per s (%s; the benchmark's writing of the body before it, not counted: %s)",
                count / (elapsed / 1e9), seconds(elapsed), seconds(written))));
    }

    /**
     * Commitments as a job centre has them before anything is measured: a consultant opens a need's
     * matches and drafts an agreement with the best citizen nobody has placed yet, through the real
     * API ({@code POST /api/v1/agreements}, which carves the free tasks and writes the holds); every
     * second one is then approved by all three parties and becomes ACTIVE. One agreement per need,
     * needs in a fixed random order over all open ones, so some of the measured needs hold tasks (or
     * are FILLED by it and drop out) and about {@code wanted} citizens have committed hours.
     * Concurrent clients; a refused draft (409/422: the pair no longer fits) tries the next citizen.
     */
    private static void agreements(int citizens, int wanted, int clients, ApplicationContext context, BenchHttp http,
                                   List<Row> rows) throws Exception {
        if (wanted <= 0) {
            rows.add(new Row(citizens, "agreements present while measuring", "none"));
            return;
        }
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> needIds = new ArrayList<>(ids(dataSource, "SELECT id FROM need WHERE status = 'OPEN' ORDER BY id"));
        Collections.shuffle(needIds, new Random(7));
        String token = http.login("consultant");
        String startDate = LocalDate.now().plusDays(14).toString();
        AtomicInteger nextNeed = new AtomicInteger();
        AtomicInteger claimed = new AtomicInteger();
        AtomicInteger drafted = new AtomicInteger();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Set<String> placed = ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Object>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    while (claimed.get() < wanted) {
                        int n = nextNeed.getAndIncrement();
                        if (n >= needIds.size()) {
                            return null;
                        }
                        String needId = needIds.get(n);
                        for (JsonNode match : http.getJson(token, "/api/v1/needs/" + needId + "/matches?limit=10")
                                .path("results")) {
                            String citizenId = match.get("citizenId").asText();
                            if (match.path("inProcess").asBoolean(false) || !placed.add(citizenId)) {
                                continue;
                            }
                            int slot = claimed.incrementAndGet();
                            if (slot > wanted) {
                                claimed.decrementAndGet();
                                placed.remove(citizenId);
                                return null;
                            }
                            BenchHttp.Answer answer = http.postJson(token, "/api/v1/agreements",
                                    Map.of("citizenId", citizenId, "needId", needId, "startDate", startDate));
                            if (answer.status() == 409 || answer.status() == 422) {
                                claimed.decrementAndGet();
                                placed.remove(citizenId);
                                refused.incrementAndGet();
                                continue;
                            }
                            if (answer.status() != 201) {
                                throw new IllegalStateException("POST /api/v1/agreements answered " + answer.status()
                                        + ": " + answer.body());
                            }
                            int number = drafted.incrementAndGet();
                            if (number % 1000 == 0) {
                                System.out.printf(Locale.ROOT, "bench: %,d agreements after %s%n", number,
                                        seconds(System.nanoTime() - started));
                            }
                            if (number % 2 == 0) {
                                String id = answer.body().get("id").asText();
                                for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
                                    BenchHttp.Answer approval = http.postJson(token, "/api/v1/agreements/" + id
                                            + "/approvals", Map.of("party", party));
                                    if (approval.status() != 200 && approval.status() != 201) {
                                        throw new IllegalStateException("approval answered " + approval.status()
                                                + ": " + approval.body());
                                    }
                                }
                                active.incrementAndGet();
                            }
                            break;
                        }
                    }
                    return null;
                }));
            }
            for (Future<Object> worker : workers) {
                worker.get();
            }
        }
        long elapsed = System.nanoTime() - started;
        int created = claimed.get();
        long holds = count(context, "SELECT COUNT(*) FROM capacity_hold");
        long filled = count(context, "SELECT COUNT(*) FROM need WHERE status = 'FILLED'");
        String value = String.format(Locale.ROOT, "%,d (%,d DRAFT, %,d ACTIVE; %.1f%% of citizens), %,d holds, "
                        + "%,d needs FILLED after it; %,d drafts refused (409/422) and retried; %s (%,.0f per s)",
                created, created - active.get(), active.get(), 100.0 * created / citizens, holds, filled, refused.get(),
                seconds(elapsed), created / (elapsed / 1e9));
        System.out.println("bench: agreements created at " + citizens + " citizens: " + value);
        rows.add(new Row(citizens, "agreements present while measuring, created over HTTP as the consultant (need's"
                + " matches, then POST /api/v1/agreements; every second approved by all three), " + clients
                + " clients", value));
    }

    private static long count(ApplicationContext context, String sql) throws Exception {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection();
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** One client's sorted latencies per system, for the side-by-side table (null: not measured yet). */
    record Timings(long[] floor, long[] match, long[] http) {
    }

    private static Timings inProcess(int citizens, ApplicationContext context, List<Need> needs,
                                     Map<String, Employer> byId, boolean core, List<Row> rows) {
        MatchForBenchmark match = new MatchForBenchmark(context);
        CitizenCandidates candidates = context.getBean(CitizenCandidates.class);
        SearchForBenchmark search = new SearchForBenchmark(context);
        long[] floor = time(needs, need -> () -> search.floor(floorQuery(need, byId, 10)));
        long[] pool = time(needs, need -> () -> candidates.find(MatchForBenchmark.queryText(need), need.nonNegotiables(),
                need.hoursPerWeek(), byId.get(need.employerId()).place(), 10));
        long[] full = time(needs, need -> () -> match.rankCitizens(need, byId.get(need.employerId()), 10));
        rows.add(new Row(citizens, "floor: bare Lucene query, same hard filters, BM25 over the need's competence words"
                + " (required, any), top 10", percentiles(floor)));
        rows.add(new Row(citizens, "the service's BM25 query (title, tasks and competences; text optional, so every"
                + " filtered profile is visited), top 10 (the \"bare Lucene query\" of earlier runs)", percentiles(pool)));
        rows.add(new Row(citizens, "need → citizens match in-process (retrieve, load, carve, score)", percentiles(full)));
        rows.add(new Row(citizens, "ratio match in-process / floor (p50)", ratio(full, floor)));
        double floorCpu = cpuPerRequest(needs, need -> () -> search.floor(floorQuery(need, byId, 10)));
        double matchCpu = cpuPerRequest(needs, need -> () -> match.rankCitizens(need, byId.get(need.employerId()), 10));
        rows.add(new Row(citizens, "CPU per request on the measuring thread, mean of a further pass: floor / need →"
                + " citizens match (steadier than wall time on a shared machine)", String.format(Locale.ROOT,
                "%.2f / %.2f ms = %.1fx", floorCpu, matchCpu, matchCpu / floorCpu)));
        if (core) {
            return new Timings(floor, full, null);
        }
        // The same ranking with the pool retrieved by BM25 alone, as before the pool was ranked by
        // fit first (issue 22): two rounds of BM25 / fit first on the same needs, so the ratio
        // within each round is the cost and neither side always runs first.
        StringBuilder rounds = new StringBuilder();
        long[] byText = null;
        for (int round = 1; round <= 2; round++) {
            byText = time(needs, need -> () -> match.rankCitizensByText(need, byId.get(need.employerId()), 10));
            long[] byFit = time(needs, need -> () -> match.rankCitizens(need, byId.get(need.employerId()), 10));
            rounds.append(round == 1 ? "" : "; ").append(String.format(Locale.ROOT, "%.2f / %.2f ms = %s",
                    ms(at(byFit, 0.5)), ms(at(byText, 0.5)), ratio(byFit, byText)));
        }
        rows.add(new Row(citizens, "need → citizens match in-process, pool ranked by BM25 alone (as before issue 22)",
                percentiles(byText)));
        rows.add(new Row(citizens, "p50 pool ranked by fit first / by BM25 alone, two rounds", rounds.toString()));
        return new Timings(floor, full, null);
    }

    /** The floor's question for a need: its free tasks' competence words, the same hard filters. */
    static CandidateQuery floorQuery(Need need, Map<String, Employer> byId, int limit) {
        Need free = need.withFreeTasksOnly();
        return CitizenCandidates.byText(MatchForBenchmark.competenceText(free), free.nonNegotiables(),
                free.hoursPerWeek(), byId.get(need.employerId()).place(), limit);
    }

    /** Citizen → needs in-process for as many consenting citizens as needs are measured. */
    /** Times citizen → needs for the first {@code count} consenting citizens; returns them. */
    private static List<Citizen> citizenToNeeds(int citizens, ApplicationContext context, int count, List<Row> rows)
            throws Exception {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<Citizen> measured = context.getBean(CitizenService.class)
                .loadForMatching(ids(dataSource, "SELECT id FROM citizen WHERE consent ORDER BY id LIMIT " + count));
        MatchForBenchmark match = new MatchForBenchmark(context);
        rows.add(new Row(citizens, "citizen → needs match in-process (retrieve, load, score; " + measured.size()
                + " consenting citizens)", percentiles(time(measured, citizen -> () -> match.rankNeeds(citizen, 10)))));
        rows.add(new Row(citizens, "CPU per request on the measuring thread, mean of a further pass: citizen → needs",
                String.format(Locale.ROOT, "%.2f ms", cpuPerRequest(measured, citizen -> () -> match.rankNeeds(citizen, 10)))));
        return measured;
    }

    private static Timings overHttp(int citizens, BenchHttp http, List<Need> needs, Timings one, List<Row> rows)
            throws Exception {
        String token = http.login("consultant");
        long[] sequential = timeChecked(paths(needs), path -> () -> http.timedGet(token, path));
        rows.add(new Row(citizens, "need → citizens match over HTTP, one client (incl. audit, JSON)", percentiles(sequential)));
        rows.add(new Row(citizens, "overhead ratio HTTP / in-process (p50)", ratio(sequential, one.match())));
        return new Timings(one.floor(), one.match(), sequential);
    }

    static List<String> paths(List<Need> needs) {
        return needs.stream().map(n -> "/api/v1/needs/" + n.id() + "/matches?limit=10").toList();
    }

    /** Every profile, 1,000 at a time as read for matching, so a million never sit in memory at once. */
    static Iterator<List<Citizen>> everyoneInBatches(ApplicationContext context) throws Exception {
        CitizenService citizenService = context.getBean(CitizenService.class);
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> allIds = ids(dataSource, "SELECT id FROM citizen");
        return IntStream.iterate(0, from -> from < allIds.size(), from -> from + 1000)
                .mapToObj(from -> citizenService.loadForMatching(allIds.subList(from, Math.min(allIds.size(), from + 1000))))
                .iterator();
    }

    private static List<Citizen> everyone(ApplicationContext context) throws Exception {
        List<Citizen> everyone = new ArrayList<>();
        everyoneInBatches(context).forEachRemaining(everyone::addAll);
        return everyone;
    }

    private static void naive(int citizens, ApplicationContext context, List<Need> needs, Map<String, Employer> byId,
                              List<Citizen> everyone, long[] full, List<Row> rows) {
        MatchForBenchmark match = new MatchForBenchmark(context);
        long[] naive = time(needs, need -> () -> match.naiveRank(need, byId.get(need.employerId()), everyone, 10));
        rows.add(new Row(citizens, "naive scan of every profile in Java (baseline b, " + needs.size() + " needs)",
                percentiles(naive)));
        rows.add(new Row(citizens, "speed-up match vs naive scan (p50)", ratio(naive, full)));
        // Retrieval caps the pool the exact rules weigh: how much of the exhaustive top 10 (by fit
        // tier, then score) does the service's top 10 miss, with the pool ranked by fit first (the
        // service) and by BM25 alone (before issue 22)? And what is in the exhaustive top 10s?
        Map<String, Integer> inTop = new java.util.LinkedHashMap<>();
        needs.forEach(need -> match.tiers(need, byId.get(need.employerId()), everyone, 10)
                .forEach((fit, n) -> inTop.merge(fit, n, Integer::sum)));
        for (boolean fitFirst : new boolean[] {true, false}) {
            Losses losses = Losses.of(needs,
                    need -> match.lostToRetrieval(need, byId.get(need.employerId()), everyone, 10, fitFirst));
            rows.add(new Row(citizens, "top 10 as good as scoring every profile, pool ranked by "
                    + (fitFirst ? "fit first (the service)" : "BM25 alone") + " (" + needs.size() + " needs)",
                    String.format(Locale.ROOT, "%d of %d needs; pairs missed by tier %s; the exhaustive top 10s hold %s",
                            losses.same(), needs.size(), losses.byTier(), inTop)));
        }
    }

    /** Over some lists: how many lost nothing to the capped pool, and the pairs lost, summed by tier. */
    private record Losses(int same, Map<String, Integer> byTier) {

        static <T> Losses of(List<T> asked, java.util.function.Function<T, Map<String, Integer>> lostOf) {
            Map<String, Integer> byTier = new java.util.LinkedHashMap<>();
            int same = 0;
            for (T one : asked) {
                Map<String, Integer> here = lostOf.apply(one);
                here.forEach((fit, n) -> byTier.merge(fit, n, Integer::sum));
                if (here.values().stream().allMatch(n -> n == 0)) {
                    same++;
                }
            }
            return new Losses(same, byTier);
        }
    }

    /**
     * Citizen → needs, as the row above for need → citizens: how much of the top 10 that scoring
     * every open need finds does the service's top 10 miss because its pool is capped?
     */
    private static void needsLost(int citizens, ApplicationContext context, List<Citizen> measured, List<Row> rows)
            throws Exception {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> ids = ids(dataSource, "SELECT id FROM need WHERE status = 'OPEN' ORDER BY id");
        List<Need> open = new ArrayList<>();
        Map<String, Employer> employers = new java.util.HashMap<>();
        // 1,000 at a time: one IN list of every open need would pass PostgreSQL's parameter limit.
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Need> batch = context.getBean(NeedService.class).findAll(ids.subList(from, Math.min(ids.size(), from + 1000)));
            open.addAll(batch);
            employers.putAll(context.getBean(EmployerService.class)
                    .findAll(batch.stream().map(Need::employerId).distinct().toList()));
        }
        MatchForBenchmark match = new MatchForBenchmark(context);
        Losses losses = Losses.of(measured, citizen -> match.needsLostToRetrieval(citizen, open, employers, 10));
        rows.add(new Row(citizens, "citizen → needs: top 10 as good as scoring every open need (" + measured.size()
                + " citizens)", String.format(Locale.ROOT, "%d of %d citizens; pairs missed by tier %s", losses.same(),
                measured.size(), losses.byTier())));
    }

    static List<Need> openNeeds(ApplicationContext context, int count) throws Exception {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> ids = ids(dataSource, "SELECT id FROM need WHERE status = 'OPEN' ORDER BY id LIMIT " + count);
        return context.getBean(NeedService.class).findAll(ids);
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| citizens | measure | value |\n|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.format(Locale.ROOT, "%,d", r.citizens())).append(" | ")
                .append(r.measure()).append(" | ").append(r.value()).append(" |\n"));
        return out.toString();
    }

    interface Task<T> extends java.util.function.Function<T, Supplier<?>> {
    }

    interface ThrowingSupplier {
        Object get() throws Exception;
    }

    /** Warms up on every input once, then times each once more; nanoseconds per call. */
    /**
     * The measuring thread's CPU time per input in ms, mean over one pass (after {@link #time}'s
     * warm-up): what the work costs, without the waiting for a core that wall time includes when
     * other processes share the machine. The ranking runs on the calling thread, so this is all of it.
     */
    static <T> double cpuPerRequest(List<T> inputs, Task<T> task) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Object sink = null;
        long started = threads.getCurrentThreadCpuTime();
        for (T input : inputs) {
            sink = task.apply(input).get();
        }
        long spent = threads.getCurrentThreadCpuTime() - started;
        if (sink == null) {
            throw new IllegalStateException("nothing measured");
        }
        return spent / 1e6 / inputs.size();
    }

    static <T> long[] time(List<T> inputs, Task<T> task) {
        Object sink = null;
        for (T input : inputs) {
            sink = task.apply(input).get();
        }
        long[] times = new long[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            long start = System.nanoTime();
            sink = task.apply(inputs.get(i)).get();
            times[i] = System.nanoTime() - start;
        }
        if (sink == null) {
            throw new IllegalStateException("nothing measured");
        }
        Arrays.sort(times);
        return times;
    }

    static <T> long[] timeChecked(List<T> inputs, java.util.function.Function<T, ThrowingSupplier> task) {
        return time(inputs, (Task<T>) input -> () -> {
            try {
                return task.apply(input).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "p50 %.2f ms · p95 %.2f ms · p99 %.2f ms", ms(at(sorted, 0.5)),
                ms(at(sorted, 0.95)), ms(at(sorted, 0.99)));
    }

    static String ratio(long[] numerator, long[] denominator) {
        return String.format(Locale.ROOT, "%.1fx", (double) at(numerator, 0.5) / at(denominator, 0.5));
    }

    static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static List<String> ids(DataSource dataSource, String sql) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
