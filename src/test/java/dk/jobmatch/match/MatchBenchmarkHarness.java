package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenCandidates;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.search.TextTerms;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Measures matching at a given scale in one run, so the ratios are fair on a noisy machine:
 * the bare Lucene query with the same filters (baseline a), the service's ranking (retrieve,
 * load, carve, score), and a naive scan over every profile in Java (baseline b). Also the full
 * index rebuild, the index size and the heap after loading.
 */
final class MatchBenchmarkHarness {

    record Row(int citizens, String measure, String value) {
    }

    private MatchBenchmarkHarness() {
    }

    static List<Row> run(int citizens, int queries, int naiveQueries, Path workDir) throws Exception {
        Path index = workDir.resolve("index-" + citizens);
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url", "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "jobmatch.search.index-path", index.toString(),
                "jobmatch.search.poll-interval", "1h"), "test")) {
            List<Row> rows = new ArrayList<>();
            DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
            List<String> needIds;
            try (Connection connection = dataSource.getConnection()) {
                needIds = new SyntheticData(42L).write(connection, Math.max(10, citizens / 5), Math.max(20, citizens / 2), citizens);
            }
            long started = System.nanoTime();
            long documents = context.getBean(IndexSynchronizer.class).rebuild();
            rows.add(new Row(citizens, "index rebuild (" + documents + " documents)", millis(System.nanoTime() - started)));
            rows.add(new Row(citizens, "index size on disk", megabytes(size(index))));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            rows.add(new Row(citizens, "heap used after load and rebuild", megabytes(runtime.totalMemory() - runtime.freeMemory())));

            MatchService service = context.getBean(MatchService.class);
            CitizenCandidates candidates = context.getBean(CitizenCandidates.class);
            NeedService needService = context.getBean(NeedService.class);
            EmployerService employers = context.getBean(EmployerService.class);
            List<Need> needs = needService.findAll(needIds.subList(0, Math.min(needIds.size(), queries * 2))).stream()
                    .filter(n -> n.status() == dk.jobmatch.vocabulary.NeedStatus.OPEN).limit(queries).toList();
            Map<String, Employer> byId = employers.findAll(needs.stream().map(Need::employerId).distinct().toList());

            long[] bare = time(needs, need -> () -> candidates.find(MatchService.text(need), need.nonNegotiables(),
                    need.hoursPerWeek(), byId.get(need.employerId()).place(), 10));
            long[] full = time(needs, need -> () -> service.rankCitizens(need, byId.get(need.employerId()), 10));
            rows.add(new Row(citizens, "bare Lucene query, same filters, top 10 (baseline a)", percentiles(bare)));
            rows.add(new Row(citizens, "need → citizens match in-process (retrieve, load, carve, score)", percentiles(full)));
            rows.add(new Row(citizens, "overhead ratio match / bare Lucene (p50)", ratio(full, bare)));

            CitizenService citizenService = context.getBean(CitizenService.class);
            List<String> allIds = allCitizenIds(dataSource);
            List<Citizen> everyone = new ArrayList<>(allIds.size());
            for (int from = 0; from < allIds.size(); from += 1000) {
                everyone.addAll(citizenService.loadForMatching(allIds.subList(from, Math.min(allIds.size(), from + 1000))));
            }
            MatchScorer scorer = new MatchScorer(context.getBean(MatchWeights.class), context.getBean(TextTerms.class)::of);
            List<Need> naiveNeeds = needs.subList(0, Math.min(naiveQueries, needs.size()));
            long[] naive = time(naiveNeeds, need -> () -> everyone.stream()
                    .map(c -> scorer.match(new MatchContext(need, byId.get(need.employerId()), c, 0)))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparingDouble(Match::score).reversed()).limit(10).toList());
            rows.add(new Row(citizens, "naive scan of every profile in Java (baseline b, " + naiveNeeds.size() + " needs)",
                    percentiles(naive)));
            rows.add(new Row(citizens, "speed-up match vs naive scan (p50)", ratio(naive, full)));
            return rows;
        }
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder("| citizens | measure | value |\n|---|---|---|\n");
        rows.forEach(r -> out.append("| ").append(String.format(Locale.ROOT, "%,d", r.citizens())).append(" | ")
                .append(r.measure()).append(" | ").append(r.value()).append(" |\n"));
        return out.toString();
    }

    private interface Task extends java.util.function.Function<Need, Supplier<?>> {
    }

    /** Warms up on every query once, then times each query once more; nanoseconds per query. */
    private static long[] time(List<Need> needs, Task task) {
        Object sink = null;
        for (Need need : needs) {
            sink = task.apply(need).get();
        }
        long[] times = new long[needs.size()];
        for (int i = 0; i < needs.size(); i++) {
            long start = System.nanoTime();
            sink = task.apply(needs.get(i)).get();
            times[i] = System.nanoTime() - start;
        }
        if (sink == null) {
            throw new IllegalStateException("nothing measured");
        }
        Arrays.sort(times);
        return times;
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

    private static String millis(long nanos) {
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

    private static List<String> allCitizenIds(DataSource dataSource) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             var rows = connection.createStatement().executeQuery("SELECT id FROM citizen")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
