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
 * round both directions, for {@code -Dbench.rounds} (6) rounds. Prints the ranking thread's CPU
 * time per request (p50 and mean over the rounds after the first two: JIT warm-up) and a digest of
 * every line served (citizen, need, score, tier, tasks, hours, explanation), so both builds are
 * shown to serve the same lists. Run it in each build's worktree in turn, alternating, with
 * {@code -DenableAssertions=false}; asserts nothing. A build with another analysis chain rebuilds
 * the copy's index when it opens it.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class KeptDataBenchmark {

    private static final int QUERIES = Integer.getInteger("bench.queries", 300);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);
    private static final int WARM_ROUNDS = 2;

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
            long[][] needCpu = new long[ROUNDS][];
            long[][] citizenCpu = new long[ROUNDS][];
            for (int round = 0; round < ROUNDS; round++) {
                needCpu[round] = cpu(needs, need -> match.rankCitizens(need, employers.get(need.employerId()), 10));
                citizenCpu[round] = cpu(citizens, citizen -> match.rankNeeds(citizen, 10));
            }
            String needDigest = digest(needs.stream().flatMap(need ->
                    match.served(need, employers.get(need.employerId()), 10).stream()));
            String citizenDigest = digest(citizens.stream().flatMap(citizen -> match.servedNeeds(citizen, 10).stream()));
            report("need → citizens", needs.size(), needCpu, needDigest);
            report("citizen → needs", citizens.size(), citizenCpu, citizenDigest);
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

    /** The calling thread's CPU time of each request, in ns. */
    private static <T> long[] cpu(List<T> inputs, Function<T, List<?>> request) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] spent = new long[inputs.size()];
        int served = 0;
        for (int i = 0; i < inputs.size(); i++) {
            long started = threads.getCurrentThreadCpuTime();
            served += request.apply(inputs.get(i)).size();
            spent[i] = threads.getCurrentThreadCpuTime() - started;
        }
        if (served == 0) {
            throw new IllegalStateException("nothing served");
        }
        return spent;
    }

    private static String digest(Stream<String> lines) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long[] count = {0};
        lines.forEach(line -> {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            count[0]++;
        });
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16) + " (" + count[0] + " lines)";
    }

    private static void report(String direction, int requests, long[][] rounds, String digest) {
        StringBuilder perRound = new StringBuilder();
        long[] warm = new long[0];
        for (int round = 0; round < rounds.length; round++) {
            long[] sorted = rounds[round].clone();
            Arrays.sort(sorted);
            perRound.append(String.format(Locale.ROOT, " %.2f", sorted[sorted.length / 2] / 1e6));
            if (round >= WARM_ROUNDS) {
                long[] joined = Arrays.copyOf(warm, warm.length + sorted.length);
                System.arraycopy(sorted, 0, joined, warm.length, sorted.length);
                warm = joined;
            }
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "kept-data benchmark: %s, %d requests a round: CPU p50 %.2f ms, mean %.2f ms"
                        + " over rounds %d-%d (p50 by round:%s ms); served %s%n", direction, requests,
                warm.length == 0 ? 0 : warm[warm.length / 2] / 1e6, Arrays.stream(warm).average().orElse(0) / 1e6,
                WARM_ROUNDS + 1, rounds.length, perRound, digest);
    }
}
