package dk.jobmatch.benchmark;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.match.MatchForBenchmark;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * CPU per request on data a benchmark run left, for an A/B between two builds, where the change is
 * code rather than a switch the full benchmark can flip in one run: copies {@code -Dbench.kept} (a
 * run directory of {@code ./jobmatch bench}, such as {@code target/bench/run-100000}, kept outside
 * {@code target}) to a fresh directory, opens it with the service's beans, and ranks
 * {@code -Dbench.queries} (300) open needs → citizens and as many consenting citizens → needs, each
 * round both directions, for {@code -Dbench.rounds} (6) rounds, the first {@code -Dbench.warm} (2)
 * not counted. Prints per request the ranking thread's CPU time (p50 and mean), the wall time (p50,
 * p99) and the whole process's CPU (a request may use more threads than its own), and a digest of
 * every line served (citizen, need, score, tier, tasks, hours, explanation), so both builds are
 * shown to serve the same lists; then {@code -Dbench.clients} (8) threads call in a closed loop for
 * {@code -Dbench.load-seconds} (20) per direction (throughput, latency). With
 * {@code -Dbench.pair=helpers} it instead measures the service without idle cores' help (A) and with
 * it (B) in one JVM, request by request in turn, then under load A B B A. Run it in each build's
 * worktree in turn, alternating, with {@code -DenableAssertions=false}; asserts nothing. A build
 * with another analysis chain rebuilds the copy's index when it opens it.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class KeptDataBenchmark {

    private static final int QUERIES = Integer.getInteger("bench.queries", 300);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    private static final int WARM_ROUNDS = Integer.getInteger("bench.warm", 2);
    /** Clients of the closed loop after the rounds (0: none), and its seconds per direction. */
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int LOAD_SECONDS = Integer.getInteger("bench.load-seconds", 20);

    @Test
    void measure() throws Exception {
        String kept = System.getProperty("bench.kept");
        Assumptions.assumeTrue(kept != null, "-Dbench.kept names the run directory to measure on");
        Path dir = Path.of("target/bench/kept").toAbsolutePath();
        Eventually.deleteRecursively(dir);
        copy(Path.of(kept), dir);
        Map<String, Object> properties = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dir.resolve("data/jobmatch") + ";DB_CLOSE_ON_EXIT=FALSE",
                "jobmatch.search.index-path", dir.resolve("lucene-index").toString(),
                "jobmatch.search.poll-interval", "1h");
        try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            List<Need> needs = MatchBenchmarkHarness.openNeeds(context, QUERIES);
            Map<String, Employer> employers = context.getBean(EmployerService.class)
                    .findAll(needs.stream().map(Need::employerId).distinct().toList());
            List<Citizen> citizens = context.getBean(CitizenService.class).loadForMatching(MatchBenchmarkHarness.ids(
                    dataSource, "SELECT id FROM citizen WHERE consent ORDER BY id LIMIT " + QUERIES));
            MatchForBenchmark match = new MatchForBenchmark(context);
            if ("helpers".equals(System.getProperty("bench.pair"))) {
                MatchForBenchmark alone = match.withoutHelpers(context);
                paired("need → citizens", needs, alone, match,
                        (service, need) -> service.rankCitizens(need, employers.get(need.employerId()), 10));
                paired("citizen → needs", citizens, alone, match, (service, citizen) -> service.rankNeeds(citizen, 10));
                // Under load in turn, A B B A, each a closed loop of its own.
                for (MatchForBenchmark service : List.of(alone, match, match, alone)) {
                    String variant = service == alone ? "A" : "B";
                    load(variant + " need → citizens", needs,
                            need -> service.rankCitizens(need, employers.get(need.employerId()), 10));
                    load(variant + " citizen → needs", citizens, citizen -> service.rankNeeds(citizen, 10));
                }
                return;
            }
            Timings[] needTimes = new Timings[ROUNDS];
            Timings[] citizenTimes = new Timings[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                needTimes[round] = timed(needs, need -> match.rankCitizens(need, employers.get(need.employerId()), 10));
                citizenTimes[round] = timed(citizens, citizen -> match.rankNeeds(citizen, 10));
            }
            String needDigest = digest(needs.stream().flatMap(need ->
                    match.served(need, employers.get(need.employerId()), 10).stream()), "need-citizens");
            String citizenDigest = digest(citizens.stream().flatMap(citizen -> match.servedNeeds(citizen, 10).stream()),
                    "citizen-needs");
            report("need → citizens", needs.size(), needTimes, needDigest);
            report("citizen → needs", citizens.size(), citizenTimes, citizenDigest);
            if (CLIENTS > 0) {
                load("need → citizens", needs, need -> match.rankCitizens(need, employers.get(need.employerId()), 10));
                load("citizen → needs", citizens, citizen -> match.rankNeeds(citizen, 10));
            }
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * One round's times per request, in ns: the calling thread's CPU, the wall clock, and the whole
     * process's CPU (every thread's: a request may use more than the calling one, and the JIT and the
     * collector count too, so only its mean over many requests is read).
     */
    private record Timings(long[] cpu, long[] wall, long processCpu) {
    }

    private static <T> Timings timed(List<T> inputs, Function<T, List<?>> request) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] cpu = new long[inputs.size()];
        long[] wall = new long[inputs.size()];
        int served = 0;
        long processStarted = system.getProcessCpuTime();
        for (int i = 0; i < inputs.size(); i++) {
            long started = threads.getCurrentThreadCpuTime();
            long clock = System.nanoTime();
            served += request.apply(inputs.get(i)).size();
            wall[i] = System.nanoTime() - clock;
            cpu[i] = threads.getCurrentThreadCpuTime() - started;
        }
        long processCpu = system.getProcessCpuTime() - processStarted;
        if (served == 0) {
            throw new IllegalStateException("nothing served");
        }
        return new Timings(cpu, wall, processCpu);
    }

    /**
     * A and B in one JVM, request by request in turn (which goes first alternates), so the machine's
     * drift between runs, larger here than the difference sought, falls on both alike: wall time and
     * the process's CPU per request of each, and the median of B / A per request.
     */
    private static <T> void paired(String direction, List<T> inputs, MatchForBenchmark a, MatchForBenchmark b,
                                   java.util.function.BiFunction<MatchForBenchmark, T, List<?>> request) {
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int counted = (ROUNDS - WARM_ROUNDS) * inputs.size();
        long[][] wall = new long[2][counted];
        long[] processCpu = new long[2];
        double[] ratios = new double[counted];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < inputs.size(); i++) {
                long[] took = new long[2];
                long[] cpu = new long[2];
                for (int turn = 0; turn < 2; turn++) {
                    int variant = (turn + i + round) % 2;
                    long cpuStarted = system.getProcessCpuTime();
                    long started = System.nanoTime();
                    request.apply(variant == 0 ? a : b, inputs.get(i));
                    took[variant] = System.nanoTime() - started;
                    cpu[variant] = system.getProcessCpuTime() - cpuStarted;
                }
                if (round >= WARM_ROUNDS) {
                    int at = (round - WARM_ROUNDS) * inputs.size() + i;
                    wall[0][at] = took[0];
                    wall[1][at] = took[1];
                    ratios[at] = (double) took[1] / took[0];
                    processCpu[0] += cpu[0];
                    processCpu[1] += cpu[1];
                }
            }
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "kept-data benchmark, paired: %s, %d requests x %d rounds: A wall p50 %.2f ms,"
                        + " p99 %.2f ms, process CPU %.2f ms; B wall p50 %.2f ms, p99 %.2f ms, process CPU %.2f ms;"
                        + " B / A per request, median %.3f%n", direction, inputs.size(), ROUNDS - WARM_ROUNDS,
                median(wall[0]) / 1e6, percentile(wall[0], 0.99) / 1e6, processCpu[0] / 1e6 / counted,
                median(wall[1]) / 1e6, percentile(wall[1], 0.99) / 1e6, processCpu[1] / 1e6 / counted,
                ratios[ratios.length / 2]);
    }

    /** {@link #CLIENTS} threads in a closed loop over the inputs, in-process: throughput and latency. */
    private static <T> void load(String direction, List<T> inputs, Function<T, List<?>> request) throws Exception {
        ClosedLoop.Load load = ClosedLoop.run(inputs, CLIENTS, Duration.ofSeconds(LOAD_SECONDS),
                ClosedLoop.timed(request::apply));
        System.out.printf(Locale.ROOT, "kept-data benchmark: %s, %d clients for %d s in-process: %.0f requests/s,"
                        + " wall %s%n", direction, CLIENTS, LOAD_SECONDS, load.perSecond(),
                MatchBenchmarkHarness.percentiles(load.sortedLatencies()));
    }

    /** The lines' digest; the lines themselves are left in target/bench/served-{@code name}.txt, to compare. */
    private static String digest(Stream<String> lines, String name) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<String> all = lines.toList();
        for (String line : all) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        Files.write(Path.of("target/bench/served-" + name + ".txt"), all);
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16) + " (" + all.size() + " lines)";
    }

    private static void report(String direction, int requests, Timings[] rounds, String digest) {
        StringBuilder perRound = new StringBuilder();
        long[] warmCpu = new long[0];
        long[] warmWall = new long[0];
        long warmProcess = 0;
        for (int round = 0; round < rounds.length; round++) {
            perRound.append(String.format(Locale.ROOT, " %.2f", median(rounds[round].cpu()) / 1e6));
            if (round >= WARM_ROUNDS) {
                warmCpu = joined(warmCpu, rounds[round].cpu());
                warmWall = joined(warmWall, rounds[round].wall());
                warmProcess += rounds[round].processCpu();
            }
        }
        System.out.printf(Locale.ROOT, "kept-data benchmark: %s, %d requests a round: CPU p50 %.2f ms, mean %.2f ms;"
                        + " wall p50 %.2f ms, p99 %.2f ms; process CPU per request %.2f ms"
                        + " over rounds %d-%d (CPU p50 by round:%s ms); served %s%n", direction, requests,
                median(warmCpu) / 1e6, Arrays.stream(warmCpu).average().orElse(0) / 1e6,
                median(warmWall) / 1e6, percentile(warmWall, 0.99) / 1e6,
                warmCpu.length == 0 ? 0 : warmProcess / 1e6 / warmCpu.length,
                WARM_ROUNDS + 1, rounds.length, perRound, digest);
    }

    private static long[] joined(long[] a, long[] b) {
        long[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static long median(long[] values) {
        return percentile(values, 0.5);
    }

    /** The full benchmark's quantile ({@link MatchBenchmarkHarness#at}) of values in any order; 0 of none. */
    private static long percentile(long[] values, double share) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return MatchBenchmarkHarness.at(sorted, share);
    }
}
