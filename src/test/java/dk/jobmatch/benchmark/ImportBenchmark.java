package dk.jobmatch.benchmark;

import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The bulk import alone, end to end over HTTP as {@link MatchBenchmarkHarness} times it, on the
 * PostgreSQL of {@code src/test/postgres/run-with-postgres.sh} (the production profile's
 * database; H2 without it): {@code -Dbench.citizens} profiles (10,000 by default) and half as many
 * needs per import (none with {@code -Dbench.needs=false}), {@code -Dbench.rounds} rounds. With {@code -Dbench.switch=some.property} each
 * round imports fresh data twice, once with that system property {@code true} and once
 * {@code false}, in alternating order, so a change can be measured as an A/B in one JVM
 * ({@code -Dbench.switch=batchSize}: batches of 5,000 lines against 1,000). Prints
 * wall time, lines per second and the JVM's CPU time per line; asserts nothing. On PostgreSQL,
 * {@code -Dbench.pg-extra=&prepareThreshold=0} appends JDBC options to its URL. Run:
 * {@code src/test/postgres/run-with-postgres.sh jm-mvn test -Dtest=ImportBenchmark -Dgroups=benchmark
 * -DexcludedGroups=none}.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class ImportBenchmark {

    private static final int CITIZENS = Integer.getInteger("bench.citizens", 10_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String SWITCH = System.getProperty("bench.switch", "");
    /** As {@code -Dbench.switch}: batches of 5,000 lines against the default 1,000. */
    private static final String BATCH_SWITCH = "batchSize";
    private static final boolean NEEDS = Boolean.parseBoolean(System.getProperty("bench.needs", "true"));

    @Test
    void measure() throws Exception {
        Path dir = Path.of("target/bench/import").toAbsolutePath();
        Eventually.deleteRecursively(dir);
        Files.createDirectories(dir);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties(dir), "test")) {
            ApplicationContext context = server.getApplicationContext();
            BenchHttp http = new BenchHttp(server.getPort());
            SyntheticData data = new SyntheticData(42L, Phrasing.fromProperty());
            List<String> employers;
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            try (Connection connection = dataSource.getConnection()) {
                employers = data.writeEmployers(connection, Math.max(10, CITIZENS / 5));
            }
            String token = http.login("integration");
            int[] next = {0};
            List<String> variants = SWITCH.isEmpty() ? List.of("")
                    : BATCH_SWITCH.equals(SWITCH) ? List.of("5000", "1000") : List.of("true", "false");
            importBoth(http, token, data, employers, next, Math.min(2000, CITIZENS), variants, "warm-up");
            for (int round = 1; round <= ROUNDS; round++) {
                List<String> order = new ArrayList<>(variants);
                if (round % 2 == 0) {
                    order = order.reversed();
                }
                importBoth(http, token, data, employers, next, CITIZENS, order, "round " + round);
            }
            if (!BATCH_SWITCH.equals(SWITCH)) {
                rebuilds(context, variants);
            }
        } finally {
            if (!SWITCH.isEmpty()) {
                System.clearProperty(SWITCH);
            }
        }
    }

    /** The index rebuilt from the database: indexing alone, without the import's other work. */
    private static void rebuilds(ApplicationContext context, List<String> variants) {
        for (int round = 1; round <= 2; round++) {
            for (String variant : round % 2 == 0 ? variants.reversed() : variants) {
                if (!variant.isEmpty()) {
                    System.setProperty(SWITCH, variant);
                }
                long cpu = indexThreadsCpu();
                long started = System.nanoTime();
                long documents = context.getBean(IndexSynchronizer.class).rebuild();
                long elapsed = System.nanoTime() - started;
                System.out.printf(Locale.ROOT, "import benchmark: rebuild %d%s: %d documents in %.2f s; index threads' CPU"
                                + " %.0f µs per document%n", round, variant.isEmpty() ? "" : ", " + SWITCH + "=" + variant,
                        documents, elapsed / 1e9, (indexThreadsCpu() - cpu) / 1e3 / documents);
            }
        }
    }

    private static void importBoth(BenchHttp http, String token, SyntheticData data, List<String> employers,
                                   int[] next, int citizens, List<String> variants, String what) throws Exception {
        for (String variant : variants) {
            if (!variant.isEmpty()) {
                System.setProperty(SWITCH, variant);
            }
            int from = next[0];
            next[0] += citizens;
            List<Map<String, Object>> citizenLines = IntStream.range(from, from + citizens).mapToObj(data::citizen)
                    .toList();
            List<Map<String, Object>> needLines = IntStream.range(0, citizens / 2).mapToObj(i -> data.need(employers))
                    .toList();
            String label = what + (variant.isEmpty() ? "" : ", " + SWITCH + "=" + variant);
            timed(http, token, "citizens", citizenLines, label);
            if (NEEDS) {
                timed(http, token, "needs", needLines, label);
            }
        }
    }

    private static void timed(BenchHttp http, String token, String target, List<Map<String, Object>> lines,
                              String label) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        long serialising = System.nanoTime();
        byte[] body = BenchHttp.ndjson(lines);
        long serialised = System.nanoTime() - serialising;
        long cpu = os.getProcessCpuTime();
        long indexCpu = indexThreadsCpu();
        long databaseCpu = databaseCpu();
        long started = System.nanoTime();
        http.importBody(token, target, body, BATCH_SWITCH.equals(SWITCH) ? Integer.getInteger(SWITCH) : null);
        long elapsed = System.nanoTime() - started;
        long cpuUsed = os.getProcessCpuTime() - cpu;
        long indexCpuUsed = indexThreadsCpu() - indexCpu;
        long databaseCpuUsed = databaseCpu() - databaseCpu;
        System.out.printf(Locale.ROOT, "import benchmark: %s: %d %s in %.2f s = %,.0f per s; JVM CPU %.0f µs per line,"
                        + " of it the index threads' %.0f µs; PostgreSQL's CPU %.0f µs per line; load %.1f;"
                        + " the client's JSON of the body took %.2f s%n",
                label, lines.size(), target, elapsed / 1e9, lines.size() / (elapsed / 1e9), cpuUsed / 1e3 / lines.size(),
                indexCpuUsed / 1e3 / lines.size(), databaseCpuUsed / 1e3 / lines.size(), load, serialised / 1e9);
    }

    /**
     * CPU time so far, in nanoseconds, of the run's PostgreSQL (the server on the port of
     * JOBMATCH_TEST_PG_URL and its backends, from /proc); 0 without one or without /proc.
     */
    private static long databaseCpu() {
        String server = System.getenv("JOBMATCH_TEST_PG_URL");
        if (server == null || !Files.isDirectory(Path.of("/proc/self"))) {
            return 0;
        }
        String port = server.replaceAll(".*:(\\d+)/.*", "$1");
        try (var processes = Files.list(Path.of("/proc"))) {
            List<Path> all = processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList();
            String postmaster = null;
            for (Path process : all) {
                String command = read(process.resolve("cmdline")).replace('\0', ' ');
                if (command.contains("postgres") && command.contains("-p " + port + " ")) {
                    postmaster = process.getFileName().toString();
                }
            }
            long ticks = 0;
            for (Path process : all) {
                String[] stat = read(process.resolve("stat")).replaceAll("^.*\\) ", "").split(" ");
                if (stat.length > 13 && (process.getFileName().toString().equals(postmaster) || stat[1].equals(postmaster))) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    /** CPU time so far of the threads that keep the index (catch-up, writers, Lucene's merges). */
    private static long indexThreadsCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("index-") || info.getThreadName().startsWith("Lucene"))) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** A fresh schema in the run's PostgreSQL when there is one, else an H2 file; an index of its own. */
    private static Map<String, Object> properties(Path dir) throws Exception {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "jobmatch.search.index-path", dir.resolve("lucene-index").toString(),
                "jobmatch.search.poll-interval", "1h",
                "micronaut.server.port", -1));
        String server = System.getenv("JOBMATCH_TEST_PG_URL");
        if (server == null) {
            properties.put("datasources.default.url", "jdbc:h2:file:" + dir.resolve("data/jobmatch") + ";DB_CLOSE_ON_EXIT=FALSE");
            return properties;
        }
        String schema = "bench_import";
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        properties.put("datasources.default.url", server + "&currentSchema=" + schema + System.getProperty("bench.pg-extra", ""));
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("datasources.default.username", "jobmatch");
        properties.put("datasources.default.password", "");
        return properties;
    }
}
