package dk.jobmatch.benchmark;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenCandidates;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.match.MatchForBenchmark;
import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.support.Eventually;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures the service at a given scale in one run, so the ratios are fair on a noisy machine.
 * Data goes in through the NDJSON bulk import over HTTP (timed end to end: parsing, validation,
 * database, outbox, audit, index). Then: the full index rebuild, index size and heap; the bare
 * Lucene query with the same filters (baseline a), the service's ranking in-process and over HTTP,
 * HTTP throughput with concurrent clients, a naive scan of every profile in Java (baseline b); and,
 * given the packaged jar, the start-up time of a fresh process on the data just written.
 */
final class MatchBenchmarkHarness {

    record Row(int citizens, String measure, String value) {
    }

    /** How much to measure: queries per pass, naive queries, the load test, and the jar (or null). */
    record Settings(int queries, int naiveQueries, int clients, Duration load, Path jar) {
    }

    private MatchBenchmarkHarness() {
    }

    static List<Row> run(int citizens, Settings settings, Path workDir) throws Exception {
        Path dir = workDir.resolve("run-" + citizens).toAbsolutePath();
        Eventually.deleteRecursively(dir);
        Files.createDirectories(dir);
        List<Row> rows = new ArrayList<>();
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dir.resolve("data/jobmatch") + ";DB_CLOSE_ON_EXIT=FALSE",
                "jobmatch.search.index-path", dir.resolve("lucene-index").toString(),
                "jobmatch.search.poll-interval", "1h",
                "micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            ApplicationContext context = server.getApplicationContext();
            BenchHttp http = new BenchHttp(server.getPort());
            load(citizens, context, http, rows);

            // Twice: the first runs while Lucene still merges what the import wrote and the JIT is
            // cold for this path; the second is what an operator's reindex on a running service sees.
            for (String when : List.of("first, right after the import", "second")) {
                long started = System.nanoTime();
                long documents = context.getBean(IndexSynchronizer.class).rebuild();
                rows.add(new Row(citizens, "index rebuild (" + documents + " documents), " + when,
                        seconds(System.nanoTime() - started)));
            }
            rows.add(new Row(citizens, "index size on disk", megabytes(size(dir.resolve("lucene-index")))));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            rows.add(new Row(citizens, "heap used after load and rebuild", megabytes(runtime.totalMemory() - runtime.freeMemory())));

            List<Need> needs = openNeeds(context, settings.queries());
            Map<String, Employer> byId = context.getBean(EmployerService.class)
                    .findAll(needs.stream().map(Need::employerId).distinct().toList());
            long[] full = inProcess(citizens, context, needs, byId, rows);
            overHttp(citizens, http, needs, settings, full, rows);
            naive(citizens, context, needs.subList(0, Math.min(settings.naiveQueries(), needs.size())), byId, full, rows);
        }
        if (settings.jar() != null && Files.exists(settings.jar())) {
            startup(citizens, settings.jar(), dir, rows);
        }
        return rows;
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

    private static void load(int citizens, ApplicationContext context, BenchHttp http, List<Row> rows) throws Exception {
        SyntheticData data = new SyntheticData(42L);
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> employers;
        try (Connection connection = dataSource.getConnection()) {
            employers = data.writeEmployers(connection, Math.max(10, citizens / 5));
        }
        List<Map<String, Object>> needLines = IntStream.range(0, Math.max(20, citizens / 2))
                .mapToObj(i -> data.need(employers)).toList();
        List<Map<String, Object>> citizenLines = IntStream.range(0, citizens).mapToObj(data::citizen).toList();
        String token = http.login("integration");
        for (var target : List.of(Map.entry("needs", needLines), Map.entry("citizens", citizenLines))) {
            long started = System.nanoTime();
            http.importLines(token, target.getKey(), target.getValue());
            long elapsed = System.nanoTime() - started;
            rows.add(new Row(citizens, "bulk import of " + target.getValue().size() + " " + target.getKey()
                    + " over HTTP (NDJSON; DB + outbox + audit + index)", String.format(Locale.ROOT, "%,.0f per s (%s)",
                    target.getValue().size() / (elapsed / 1e9), seconds(elapsed))));
        }
    }

    private static long[] inProcess(int citizens, ApplicationContext context, List<Need> needs,
                                    Map<String, Employer> byId, List<Row> rows) {
        MatchForBenchmark match = new MatchForBenchmark(context);
        CitizenCandidates candidates = context.getBean(CitizenCandidates.class);
        long[] bare = time(needs, need -> () -> candidates.find(MatchForBenchmark.queryText(need), need.nonNegotiables(),
                need.hoursPerWeek(), byId.get(need.employerId()).place(), 10));
        long[] full = time(needs, need -> () -> match.rankCitizens(need, byId.get(need.employerId()), 10));
        rows.add(new Row(citizens, "bare Lucene query, same filters, top 10 (baseline a)", percentiles(bare)));
        rows.add(new Row(citizens, "need → citizens match in-process (retrieve, load, carve, score)", percentiles(full)));
        rows.add(new Row(citizens, "overhead ratio match / bare Lucene (p50)", ratio(full, bare)));
        return full;
    }

    private static void overHttp(int citizens, BenchHttp http, List<Need> needs, Settings settings, long[] inProcess,
                                 List<Row> rows) throws Exception {
        String token = http.login("consultant");
        List<String> paths = needs.stream().map(n -> "/api/v1/needs/" + n.id() + "/matches?limit=10").toList();
        long[] sequential = timeChecked(paths, path -> () -> http.timedGet(token, path));
        rows.add(new Row(citizens, "need → citizens match over HTTP, one client (incl. audit, JSON)", percentiles(sequential)));
        rows.add(new Row(citizens, "overhead ratio HTTP / in-process (p50)", ratio(sequential, inProcess)));
        BenchHttp.Load load = http.load(token, paths, settings.clients(), settings.load());
        rows.add(new Row(citizens, "HTTP throughput, " + settings.clients() + " concurrent clients, "
                + settings.load().toSeconds() + " s", String.format(Locale.ROOT, "%,.0f requests/s (%,d requests) · %s",
                load.perSecond(), load.requests(), percentiles(load.sortedLatencies()))));
    }

    private static void naive(int citizens, ApplicationContext context, List<Need> needs, Map<String, Employer> byId,
                              long[] full, List<Row> rows) throws Exception {
        CitizenService citizenService = context.getBean(CitizenService.class);
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        List<String> allIds = ids(dataSource, "SELECT id FROM citizen");
        List<Citizen> everyone = new ArrayList<>(allIds.size());
        for (int from = 0; from < allIds.size(); from += 1000) {
            everyone.addAll(citizenService.loadForMatching(allIds.subList(from, Math.min(allIds.size(), from + 1000))));
        }
        MatchForBenchmark match = new MatchForBenchmark(context);
        long[] naive = time(needs, need -> () -> match.naiveRank(need, byId.get(need.employerId()), everyone, 10));
        rows.add(new Row(citizens, "naive scan of every profile in Java (baseline b, " + needs.size() + " needs)",
                percentiles(naive)));
        rows.add(new Row(citizens, "speed-up match vs naive scan (p50)", ratio(naive, full)));
    }

    private static List<Need> openNeeds(ApplicationContext context, int count) throws Exception {
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

    private interface Task<T> extends java.util.function.Function<T, Supplier<?>> {
    }

    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    /** Warms up on every input once, then times each once more; nanoseconds per call. */
    private static <T> long[] time(List<T> inputs, Task<T> task) {
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

    private static <T> long[] timeChecked(List<T> inputs, java.util.function.Function<T, ThrowingSupplier> task) {
        return time(inputs, (Task<T>) input -> () -> {
            try {
                return task.apply(input).get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "p50 %.2f ms · p95 %.2f ms · p99 %.2f ms", ms(at(sorted, 0.5)),
                ms(at(sorted, 0.95)), ms(at(sorted, 0.99)));
    }

    private static String ratio(long[] numerator, long[] denominator) {
        return String.format(Locale.ROOT, "%.1fx", (double) at(numerator, 0.5) / at(denominator, 0.5));
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String seconds(long nanos) {
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

    private static List<String> ids(DataSource dataSource, String sql) throws Exception {
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
