package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.search.PureAnalysis;
import dk.jobmatch.search.TextTerms;
import dk.jobmatch.support.ProbeLines;
import dk.jobmatch.vocabulary.HourRange;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relation gate of the concept vocabulary: for each pair of the probe ({@value #PROBE}, a
 * trade title as a citizen writes it against a task phrase as an employer writes it, written from
 * Danish working life without reading the quality sets), the credit the matcher gives the task
 * from the title, by the service's analysis, vocabulary and relations. The competence part
 * ({@link PhraseCredit} in the pair's {@link TradeContext}, the profile built as
 * {@link CompetenceFit.Profile#of} builds it: a title as a competence, a job goal or free-text
 * experience, whose concepts that part leaves out) decides; the text part ({@link TextFit}, which
 * reads the experience's concepts too) is reported beside it. At least {@value #RELATED_FLOOR}
 * related pairs must be credited and at most {@value #FALSE_FRIEND_CEILING} unrelated ones (false
 * friends), so a lost relation, or an over-broad one, shows. Writes the figures per trade and every
 * failing pair to {@code target/vocabulary-relations.md}.
 */
class VocabularyRelationTest {

    static final String PROBE = "/vocabulary/relation-probe-da.tsv";
    /**
     * Related pairs the competence part must credit: the three probes merged, labels kept, relations
     * dropped, and the third blind coverage pass's labels (docs/matching-quality.md). Two fewer
     * since the precision pass: a receptionist's "tage imod gæster" was credited only through the
     * bare label "gæster", which also read a restaurant's and a hotel's guests as office visitors.
     */
    static final int RELATED_FLOOR = 406;
    /** Unrelated pairs the competence part may credit at most: the same figure. */
    static final int FALSE_FRIEND_CEILING = 11;

    private final TextTerms terms = PureAnalysis.textTerms();
    private final ConceptCredit concepts = ConceptCredit.danish();
    private final PhraseCredit credit = new PhraseCredit(concepts);

    /** How the citizen wrote the title: as a competence, a job goal, or in the experience's free text. */
    enum Side { COMPETENCE, GOAL, EXPERIENCE }

    record Pair(int line, String trade, String own, String wanted, boolean related) {

        Side side() {
            String lower = own.toLowerCase(Locale.ROOT);
            if (lower.startsWith("vil gerne")) {
                return Side.GOAL;
            }
            return lower.startsWith("har ") ? Side.EXPERIENCE : Side.COMPETENCE;
        }
    }

    /** What the wanted phrase earns: the competence part's credit and the text part's share. */
    record Earned(double competence, double text, String why) {
    }

    @Test
    void theProbeIsWellFormed() {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThan(200);
        Set<String> trades = new TreeSet<>();
        pairs.forEach(p -> trades.add(p.trade()));
        assertThat(trades).hasSize(15);
        assertThat(pairs.stream().filter(p -> !p.related()).count()).isBetween(pairs.size() / 5L, pairs.size() / 3L);
    }

    @Test
    void relatedTitlesAreCreditedForTheirTasksAndFalseFriendsMostlyNot() throws IOException {
        // Per trade: related, credited, unrelated, credited (false friends), related by text, unrelated by text.
        Map<String, int[]> perTrade = new TreeMap<>();
        List<String> failing = new ArrayList<>();
        for (Pair pair : pairs()) {
            Earned earned = earned(pair);
            boolean credited = earned.competence() > 0;
            int[] counts = perTrade.computeIfAbsent(pair.trade(), t -> new int[6]);
            int side = pair.related() ? 0 : 1;
            counts[2 * side]++;
            counts[2 * side + 1] += credited ? 1 : 0;
            counts[4 + side] += earned.text() > 0 ? 1 : 0;
            if (credited != pair.related()) {
                failing.add(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.2f | %.2f | %s |",
                        pair.trade(), pair.line(), pair.own(), pair.side().name().toLowerCase(Locale.ROOT),
                        pair.wanted(), pair.related() ? "related" : "unrelated", earned.competence(), earned.text(),
                        earned.why()));
            }
        }
        int[] all = new int[6];
        perTrade.values().forEach(counts -> {
            for (int i = 0; i < all.length; i++) {
                all[i] += counts[i];
            }
        });
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/vocabulary-relations.md"), report(perTrade, all, failing));
        System.out.printf("Vocabulary relation probe: %d of %d related pairs credited, %d of %d unrelated"
                        + " (false friends); by the text part %d and %d%n", all[1], all[0], all[3], all[2], all[4],
                all[5]);
        assertThat(all[1]).as("related pairs credited (target/vocabulary-relations.md)")
                .isGreaterThanOrEqualTo(RELATED_FLOOR);
        assertThat(all[3]).as("unrelated pairs credited (target/vocabulary-relations.md)")
                .isLessThanOrEqualTo(FALSE_FRIEND_CEILING);
    }

    /** The credit the matcher gives the pair's task phrase from its title, as the scorer works it out. */
    private Earned earned(Pair pair) {
        PhraseCredit.Phrase wanted = phrase(pair.wanted());
        CompetenceFit.Profile profile = profile(pair);
        TradeContext context = new TradeContext(Set.copyOf(wanted.concepts().trades()), profile.trades());
        PhraseCredit.Credit got = credit.best(wanted, profile.all(), context);
        TextFit.Text text = TextFit.of(TextFit.Weighed.of(terms.of(pair.wanted()), terms::of, concepts), profile, concepts);
        String why = got.byConcept()
                ? concepts.label(got.wantedConcept()) + " ← " + concepts.label(got.ownConcept())
                : got.share() > 0 ? "a shared word" : "";
        return new Earned(got.share(), text.share(), "wanted " + names(wanted) + "; own " + names(phrase(pair.own()))
                + (why.isEmpty() ? "" : "; " + why));
    }

    private String names(PhraseCredit.Phrase phrase) {
        return phrase.concepts().ids().isEmpty() ? "(no concept)" : String.join(", ", phrase.concepts().ids());
    }

    private PhraseCredit.Phrase phrase(String text) {
        return PhraseCredit.Phrase.of(text, terms.of(text));
    }

    /** The profile of a citizen who wrote only the pair's title, where the pair says: the matcher's own. */
    private CompetenceFit.Profile profile(Pair pair) {
        Citizen c = Fixtures.citizen(new HourRange(0, 10));
        Citizen only = new Citizen(c.id(), c.externalRef(), c.displayName(), c.targetGroup(),
                pair.side() == Side.COMPETENCE ? List.of(pair.own()) : List.of(),
                pair.side() == Side.EXPERIENCE ? pair.own() : null,
                pair.side() == Side.GOAL ? List.of(new JobGoal(JobGoal.Priority.A, pair.own())) : List.of(),
                c.qualifications(), c.accommodations(), c.accommodationNotes(), c.hoursPerWeek(),
                c.effectivenessPercent(), c.location(), c.maxTravelKm(), c.consent(), c.createdAt(), c.updatedAt(),
                c.committedHoursPerWeek(), c.measured());
        return CompetenceFit.Profile.of(only, this::phrase);
    }

    private static String report(Map<String, int[]> perTrade, int[] all, List<String> failing) {
        StringBuilder out = new StringBuilder("# Vocabulary relation probe\n\n"
                + "Credited: the competence part gives the task more than 0 from the title. The text part's"
                + " figures beside it.\n\n"
                + "| trade | related | credited | unrelated | credited (false friends) | related, text part"
                + " | unrelated, text part |\n|---|---|---|---|---|---|---|\n");
        perTrade.forEach((trade, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d |%n",
                trade, c[0], c[1], c[2], c[3], c[4], c[5])));
        out.append(String.format(Locale.ROOT, "| all | %d | %d | %d | %d | %d | %d |%n", all[0], all[1], all[2], all[3],
                        all[4], all[5]))
                .append("\n## Failing pairs (a related pair not credited, an unrelated one credited)\n\n")
                .append("| trade | line | own | written as | wanted | meant | competence | text | concepts |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        failing.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    static List<Pair> pairs() {
        return ProbeLines.read(PROBE, 4, "trade, own, wanted, related|unrelated").stream().map(line -> {
            assertThat(line.column(3)).as("line %d", line.number()).isIn("related", "unrelated");
            return new Pair(line.number(), line.column(0), line.column(1), line.column(2),
                    line.column(3).equals("related"));
        }).toList();
    }
}
