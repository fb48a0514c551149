package dk.jobmatch.match;

import dk.jobmatch.support.Api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vocabulary-mismatch gate (issue 24), shared by the tests of each set ({@link VocabularyMismatchTest},
 * {@link VocabularyMismatch2Test}, {@link VocabularyHeldoutTest}, {@link VocabularyHeldout2Test},
 * {@link VocabularyHeldout3Test}, {@link VocabularyHeldout4Test}):
 * a set pairs each need with exactly one citizen who describes the same work in other everyday Danish words (a trade
 * title against task words, a compound against split words, informal phrases, inflections, misspellings), and every
 * hard constraint is the same for all of them, so only the words can put the partner first. Both directions are asked
 * through the API ({@code limit=10}); MRR and hits@1 of the intended partner are written to the report with one line
 * per pair that is not first, and the check fails if a figure falls more than 0.02 below the first table of its
 * section of {@code docs/matching-quality.md}.
 *
 * @param resource the set on the class path
 * @param report   where the figures and the pairs not first are written
 * @param section  the heading of the section of {@code docs/matching-quality.md} holding the committed figures
 */
record VocabularyGate(String resource, Path report, String section) {

    private static final double TOLERANCE = 0.02;
    private static final Path COMMITTED = Path.of("docs/matching-quality.md");
    static final String NEED_TO_CITIZEN = "need → citizen";
    static final String CITIZEN_TO_NEED = "citizen → need";

    /** A pair of the set: the need, its one intended citizen, the trade and what differs in the words. */
    record Pair(String need, String citizen, String trade, String kind) {
    }

    /**
     * One query's outcome. {@code listed} is the partner's 1-based place in the list as the API returned it (0 if
     * absent). {@code rank} is the same place counted without luck: the matcher orders by fit tier and score, and
     * only the index's relevance breaks exact ties, which with equal constraints can fall either way from run to
     * run; so a partner tied (same fit, same score) with others counts at the last place of the tie, and as
     * absent (0) when the tie runs to the end of a full top 10. The gate uses {@code rank}.
     */
    record Outcome(Pair pair, int listed, int rank, List<QualitySet.Ranked> ranking) {

        double reciprocalRank() {
            return rank == 0 ? 0 : 1.0 / rank;
        }
    }

    record Figures(double mrr, double hitsAt1, int hits, int queries, double listedMrr, int listedHits) {

        static Figures of(List<Outcome> outcomes) {
            int hits = (int) outcomes.stream().filter(o -> o.rank() == 1).count();
            double mrr = outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0);
            int listedHits = (int) outcomes.stream().filter(o -> o.listed() == 1).count();
            double listedMrr = outcomes.stream().mapToDouble(o -> o.listed() == 0 ? 0 : 1.0 / o.listed()).average().orElse(0);
            return new Figures(mrr, (double) hits / outcomes.size(), hits, outcomes.size(), listedMrr, listedHits);
        }
    }

    /** Loads the set through the API as {@code token}, asks both directions, writes the report and gates the figures. */
    void check(Api api, String token) throws IOException {
        QualitySet set = QualitySet.load(api, token, resource);
        List<Pair> pairs = set.json().<Map<String, Object>>getList("pairs").stream()
                .map(p -> new Pair((String) p.get("need"), (String) p.get("citizen"), (String) p.get("trade"), (String) p.get("kind")))
                .toList();
        assertThat(pairs).extracting(Pair::need).doesNotHaveDuplicates();
        assertThat(pairs).extracting(Pair::citizen).doesNotHaveDuplicates();

        Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
        outcomes.put(NEED_TO_CITIZEN, measure(pairs, p -> set.matchesForNeed(p.need()), Pair::citizen));
        outcomes.put(CITIZEN_TO_NEED, measure(pairs, p -> set.matchesForCitizen(p.citizen()), Pair::need));
        Map<String, Figures> figures = new LinkedHashMap<>();
        outcomes.forEach((direction, list) -> figures.put(direction, Figures.of(list)));

        String written = render(figures, outcomes, pairs);
        Files.createDirectories(report.getParent());
        Files.writeString(report, written);
        System.out.println(written);

        Map<String, double[]> committed = committed();
        assertThat(committed).as("committed figures in " + COMMITTED + ", section \"" + section + "\"")
                .containsKeys(NEED_TO_CITIZEN, CITIZEN_TO_NEED);
        figures.forEach((direction, f) -> {
            assertThat(f.mrr()).as(direction + " MRR").isGreaterThanOrEqualTo(committed.get(direction)[0] - TOLERANCE);
            assertThat(f.hitsAt1()).as(direction + " hits@1").isGreaterThanOrEqualTo(committed.get(direction)[1] - TOLERANCE);
        });
    }

    private static List<Outcome> measure(List<Pair> pairs, Function<Pair, List<QualitySet.Ranked>> ranker,
                                         Function<Pair, String> partner) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Pair pair : pairs) {
            List<QualitySet.Ranked> ranking = ranker.apply(pair);
            int listed = 0;
            for (int i = 0; i < ranking.size() && listed == 0; i++) {
                if (Objects.equals(ranking.get(i).key(), partner.apply(pair))) {
                    listed = i + 1;
                }
            }
            outcomes.add(new Outcome(pair, listed, listed == 0 ? 0 : lastOfTie(ranking, listed - 1), ranking));
        }
        return outcomes;
    }

    /** The 1-based last place of the tie (same fit and score) that place {@code at} is in; 0 if it may go on past a full list. */
    private static int lastOfTie(List<QualitySet.Ranked> ranking, int at) {
        QualitySet.Ranked partner = ranking.get(at);
        int last = at;
        while (last + 1 < ranking.size() && ranking.get(last + 1).fit().equals(partner.fit())
                && Double.compare(ranking.get(last + 1).score(), partner.score()) == 0) {
            last++;
        }
        return last + 1 == RankingMetrics.K ? 0 : last + 1;
    }

    private static String render(Map<String, Figures> figures, Map<String, List<Outcome>> outcomes, List<Pair> pairs) {
        StringBuilder out = new StringBuilder("| direction | MRR | hits@1 | first | queries | as listed: MRR, first |\n"
                + "|---|---|---|---|---|---|\n");
        figures.forEach((direction, f) -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %.3f, %d |%n",
                direction, f.mrr(), f.hitsAt1(), f.hits(), f.queries(), f.listedMrr(), f.listedHits())));

        out.append("\n| trade | pairs | ").append(NEED_TO_CITIZEN).append(" first | ").append(CITIZEN_TO_NEED)
                .append(" first |\n|---|---|---|---|\n");
        Map<String, Long> perTrade = pairs.stream().collect(Collectors.groupingBy(Pair::trade, LinkedHashMap::new, Collectors.counting()));
        Map<String, Map<String, Long>> firstPerTrade = new HashMap<>();
        outcomes.forEach((direction, list) -> firstPerTrade.put(direction, list.stream().filter(o -> o.rank() == 1)
                .collect(Collectors.groupingBy(o -> o.pair().trade(), Collectors.counting()))));
        perTrade.forEach((trade, n) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", trade, n,
                firstPerTrade.get(NEED_TO_CITIZEN).getOrDefault(trade, 0L), firstPerTrade.get(CITIZEN_TO_NEED).getOrDefault(trade, 0L))));

        outcomes.forEach((direction, list) -> {
            out.append("\n### ").append(direction).append(": partner not first\n\n");
            for (Outcome o : list) {
                if (o.rank() != 1) {
                    out.append(line(o, direction.equals(NEED_TO_CITIZEN))).append('\n');
                }
            }
        });
        return out.toString();
    }

    private static String line(Outcome o, boolean fromNeed) {
        Pair p = o.pair();
        String partner = fromNeed ? p.citizen() : p.need();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "- %s → %s (%s; %s): ",
                fromNeed ? p.need() : p.citizen(), partner, p.trade(), p.kind()));
        if (o.listed() == 0) {
            line.append("not in the top 10");
        } else {
            QualitySet.Ranked r = o.ranking().get(o.listed() - 1);
            line.append(String.format(Locale.ROOT, "rank %s, listed %d (%s, %.3f; %s)", o.rank() == 0 ? "-" : o.rank(),
                    o.listed(), r.fit(), r.score(), words(r)));
        }
        if (!o.ranking().isEmpty()) {
            QualitySet.Ranked first = o.ranking().get(0);
            line.append(String.format(Locale.ROOT, "; first %s (%s, %.3f; %s)", first.key(), first.fit(), first.score(), words(first)));
        }
        return line.toString();
    }

    /** The explanation's competence, job-goal and task lines: which words connected the pair, and the tasks' part. */
    private static String words(QualitySet.Ranked r) {
        String said = r.explanation().stream()
                .filter(e -> "COMPETENCE".equals(e.get("kind")) || "JOB_GOAL".equals(e.get("kind")) || "TASKS".equals(e.get("kind")))
                .map(e -> String.valueOf(e.get("text"))).collect(Collectors.joining(" / "));
        return said.isEmpty() ? "no competence or job goal in common" : said;
    }

    /** The figures in the section of the committed document: direction → {MRR, hits@1}. */
    private Map<String, double[]> committed() throws IOException {
        Map<String, double[]> committed = new HashMap<>();
        if (!Files.exists(COMMITTED)) {
            return committed;
        }
        String doc = Files.readString(COMMITTED);
        int at = doc.indexOf(section);
        if (at < 0) {
            return committed;
        }
        int end = doc.indexOf("\n## ", at + section.length());
        Matcher row = Pattern.compile("^\\| (" + NEED_TO_CITIZEN + "|" + CITIZEN_TO_NEED + ") \\| ([0-9.]+) \\| ([0-9.]+) \\|",
                Pattern.MULTILINE).matcher(end < 0 ? doc.substring(at) : doc.substring(at, end));
        while (row.find()) {
            committed.putIfAbsent(row.group(1), new double[]{Double.parseDouble(row.group(2)), Double.parseDouble(row.group(3))});
        }
        return committed;
    }
}
