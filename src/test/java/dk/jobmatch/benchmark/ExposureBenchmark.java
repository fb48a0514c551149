package dk.jobmatch.benchmark;

import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.match.MatchForBenchmark;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exposure (issue 19): how much of the top of the match lists the same few citizens take, before
 * and after the in-process rule. On the benchmark's synthetic data nobody is in process, so a
 * consultant is simulated working through the needs in order, introducing the best match of each
 * who is still within the limit of open introductions per citizen (2); later needs then see the
 * earlier citizens in process. Measured: of all top-3 slots of the needs, the share held by the
 * most-shown 1 % of citizens, ranked without the rule (before) and with it (after), in one run.
 *
 * <p>Run: {@code ./mvnw test -Dtest=ExposureBenchmark -Dgroups=benchmark -DexcludedGroups=none
 * -Dbench.citizens=10000 -Dbench.needs=500} (defaults); writes {@code target/exposure.md}.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class ExposureBenchmark {

    static final int TOP = 3;
    static final int MAX_OPEN_PER_CITIZEN = 2;

    @Test
    void measure() throws Exception {
        int citizens = Integer.getInteger("bench.citizens", 10_000);
        int needCount = Integer.getInteger("bench.needs", 500);
        String table = run(citizens, needCount, Path.of("target/bench-exposure"));
        Files.writeString(Path.of("target/exposure.md"), table);
        System.out.println(table);
    }

    /** One simulated pass over the needs; the top-3 ids per need and the introductions made. */
    record Pass(List<List<String>> tops, int introduced) {

        /** Of all top-3 slots, the share the most-shown {@code share} of {@code citizens} hold. */
        double topShare(int citizens, double share) {
            Map<String, Integer> shown = new HashMap<>();
            tops.forEach(top -> top.forEach(id -> shown.merge(id, 1, Integer::sum)));
            int slots = tops.stream().mapToInt(List::size).sum();
            int most = (int) Math.ceil(citizens * share);
            int held = shown.values().stream().sorted(Comparator.reverseOrder()).limit(most)
                    .mapToInt(Integer::intValue).sum();
            return slots == 0 ? 0 : (double) held / slots;
        }

        long distinct() {
            return tops.stream().flatMap(List::stream).distinct().count();
        }

        int mostShown() {
            Map<String, Integer> shown = new HashMap<>();
            tops.forEach(top -> top.forEach(id -> shown.merge(id, 1, Integer::sum)));
            return shown.values().stream().max(Integer::compare).orElse(0);
        }
    }

    static String run(int citizens, int needCount, Path workDir) throws Exception {
        try (EmbeddedServer server = MatchBenchmarkHarness.startOnDisk(citizens, new Phrasing.Words(), workDir)) {
            ApplicationContext context = server.getApplicationContext();
            List<MatchBenchmarkHarness.Row> loaded = new ArrayList<>();
            MatchBenchmarkHarness.load(citizens, new Phrasing.Words(), context, new BenchHttp(server.getPort()), loaded);
            List<Need> needs = MatchBenchmarkHarness.openNeeds(context, needCount);
            Map<String, Employer> byId = context.getBean(EmployerService.class)
                    .findAll(needs.stream().map(Need::employerId).distinct().toList());
            MatchForBenchmark match = new MatchForBenchmark(context);
            // Before (no rule), the rule as served, and two stronger ones for comparison: 0.10, and
            // 1.0 (in process after everyone else of the tier, since scores lie in [0, 1]).
            List<Double> demotions = List.of(0.0, MatchForBenchmark.IN_PROCESS_DEMOTION, 0.10, 1.0);
            List<Pass> passes = new ArrayList<>();
            for (double demotion : demotions) {
                passes.add(simulate(match, needs, byId, demotion));
            }
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| %,d citizens, %d open needs in order"
                    + " | before (no in-process rule) | after (demotion %.2f, served) | demotion 0.10 | in process"
                    + " last in the tier |%n|---|---|---|---|---|%n", citizens, needs.size(), demotions.get(1)));
            row(out, "share of the top-3 slots held by the most-shown 1 % of citizens",
                    passes.stream().map(p -> percent(p.topShare(citizens, 0.01))).toList());
            row(out, "distinct citizens in the top-3 slots", passes.stream().map(p -> Long.toString(p.distinct())).toList());
            row(out, "top-3 appearances of the most-shown citizen",
                    passes.stream().map(p -> Integer.toString(p.mostShown())).toList());
            row(out, "introductions made in the simulation",
                    passes.stream().map(p -> Integer.toString(p.introduced())).toList());
            return out.toString();
        }
    }

    /**
     * A consultant goes through the needs in order and introduces the best match of each whose
     * citizen has fewer than {@link #MAX_OPEN_PER_CITIZEN} open introductions (nobody answers
     * meanwhile); each later need's list sees them in process, moved down by {@code demotion}.
     */
    static Pass simulate(MatchForBenchmark match, List<Need> needs, Map<String, Employer> byId, double demotion) {
        Map<String, Integer> open = new HashMap<>();
        Set<String> inProcess = new HashSet<>();
        List<List<String>> tops = new ArrayList<>();
        int introduced = 0;
        for (Need need : needs) {
            List<String> ranked = match.topCitizenIds(need, byId.get(need.employerId()), 10, inProcess, demotion);
            tops.add(ranked.subList(0, Math.min(TOP, ranked.size())));
            for (String citizen : ranked) {
                if (open.getOrDefault(citizen, 0) < MAX_OPEN_PER_CITIZEN) {
                    open.merge(citizen, 1, Integer::sum);
                    inProcess.add(citizen);
                    introduced++;
                    break;
                }
            }
        }
        return new Pass(tops, introduced);
    }

    private static void row(StringBuilder out, String measure, List<String> values) {
        out.append("| ").append(measure).append(" | ").append(String.join(" | ", values)).append(" |\n");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }
}
