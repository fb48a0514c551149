package dk.jobmatch.match;

import dk.jobmatch.search.PureAnalysis;
import dk.jobmatch.search.TextTerms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relation gate of the concept vocabulary: does a trade title as a citizen writes it earn
 * credit for the task words an employer writes for that trade, and not for a neighbouring trade's
 * tasks (the probe {@value #PROBE}, written blind from Danish working life: docs/matching-quality.md,
 * "A relation probe")? Each line's task phrase is the need's competence (wanted), the title the
 * citizen's competence or job goal (own), compared as the matcher compares them
 * ({@link PhraseCredit} with {@link ConceptCredit#danish()} over the service's analysis); an
 * experience sentence ("har arbejdet ...") counts by its words, as {@link CompetenceFit} counts it.
 * The text part ({@link TextFit}) is reported beside it. Writes the counts per trade and every line
 * that fails to {@code target/vocabulary-relations.md}.
 */
class VocabularyRelationTest {

    static final String PROBE = "/vocabulary/relation-probe-da.tsv";
    private static final String RELATED = "related";
    private static final String UNRELATED = "unrelated";
    /** Related lines whose task earns the title some credit: the figure of the relation pass, so a lost relation shows. */
    static final int RELATED_FLOOR = 161;
    /** Unrelated lines whose task earns the title more than a shared word across trades does ({@link PhraseCredit#FALSE_FRIEND}). */
    static final int FALSE_FRIEND_CEILING = 1;

    private final TextTerms terms = PureAnalysis.textTerms();
    private final ConceptCredit concepts = ConceptCredit.danish();
    private final PhraseCredit credit = new PhraseCredit(concepts);

    record Line(int line, String trade, String own, String wanted, boolean related) {
    }

    /** What the task phrase earned from the title: the phrase credit, and how (a word or two concepts), and the text part. */
    record Earned(double share, String how, double text) {
    }

    @Test
    void titlesEarnTheirTradesTasksAndNotTheirNeighbours() throws IOException {
        List<Line> lines = lines();
        assertThat(lines).hasSizeGreaterThan(200);
        Map<String, int[]> perTrade = new TreeMap<>();
        List<String> failing = new ArrayList<>();
        int relatedCredited = 0;
        int falseFriends = 0;
        int related = 0;
        int unrelated = 0;
        for (Line line : lines) {
            Earned earned = earned(line);
            // related, related credited, unrelated, unrelated credited at all, unrelated beyond a shared word's share
            int[] counts = perTrade.computeIfAbsent(line.trade(), t -> new int[5]);
            boolean fails;
            if (line.related()) {
                related++;
                counts[0]++;
                boolean credited = earned.share() > 0;
                counts[1] += credited ? 1 : 0;
                relatedCredited += credited ? 1 : 0;
                fails = !credited;
            } else {
                unrelated++;
                counts[2]++;
                counts[3] += earned.share() > 0 ? 1 : 0;
                boolean friend = earned.share() > PhraseCredit.FALSE_FRIEND;
                counts[4] += friend ? 1 : 0;
                falseFriends += friend ? 1 : 0;
                fails = earned.share() > 0;
            }
            if (fails) {
                failing.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %s | %.2f | %s | %s |",
                        line.trade(), line.own(), line.wanted(), line.related() ? RELATED : UNRELATED, earned.share(),
                        earned.how(), earned.text(), String.join(", ", phrase(line.own()).concepts().ids()),
                        String.join(", ", phrase(line.wanted()).concepts().ids())));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/vocabulary-relations.md"), report(perTrade, failing));
        System.out.printf("Vocabulary relation probe: %d related lines, %d credited; %d unrelated lines, %d credited"
                + " beyond a shared word's share%n", related, relatedCredited, unrelated, falseFriends);
        assertThat(relatedCredited).as("related probe lines credited (target/vocabulary-relations.md)")
                .isGreaterThanOrEqualTo(RELATED_FLOOR);
        assertThat(falseFriends).as("unrelated probe lines credited beyond a shared word (target/vocabulary-relations.md)")
                .isLessThanOrEqualTo(FALSE_FRIEND_CEILING);
    }

    private Earned earned(Line line) {
        PhraseCredit.Phrase wanted = phrase(line.wanted());
        PhraseCredit.Phrase whole = phrase(line.own());
        // An experience is a story: its concepts are named in passing, so only its words count
        // phrase by phrase (CompetenceFit.Profile); the text part counts its concepts too.
        boolean story = isExperience(line.own());
        PhraseCredit.Phrase own = story ? whole.wordsOnly() : whole;
        TradeContext context = new TradeContext(Set.copyOf(wanted.concepts().trades()), Set.copyOf(whole.concepts().trades()));
        PhraseCredit.Credit got = credit.best(wanted, List.of(own), context);
        String how = got.share() == 0 ? "-" : got.byConcept() ? got.wantedConcept() + " ← " + got.ownConcept() : "a word";
        CompetenceFit.Profile profile = new CompetenceFit.Profile(story ? List.of() : List.of(own), List.of(own),
                whole.words(), whole.concepts(), Set.copyOf(whole.concepts().trades()));
        TextFit.Weighed weighed = TextFit.Weighed.of(new HashSet<>(terms.of(line.wanted())), terms::of, concepts);
        return new Earned(got.share(), how, TextFit.of(weighed, profile, concepts).share());
    }

    private PhraseCredit.Phrase phrase(String text) {
        return PhraseCredit.Phrase.of(text, terms.of(text));
    }

    private static boolean isExperience(String own) {
        String lower = own.toLowerCase(Locale.ROOT);
        return lower.startsWith("har ");
    }

    private static String report(Map<String, int[]> perTrade, List<String> failing) {
        StringBuilder out = new StringBuilder("# Vocabulary relation probe\n\n"
                + "| trade | related | related credited | unrelated | unrelated credited | beyond a shared word |\n"
                + "|---|---|---|---|---|---|\n");
        int[] all = new int[5];
        perTrade.forEach((trade, counts) -> {
            out.append("| ").append(trade);
            for (int count : counts) {
                out.append(" | ").append(count);
            }
            out.append(" |\n");
            for (int i = 0; i < all.length; i++) {
                all[i] += counts[i];
            }
        });
        out.append("| all");
        for (int count : all) {
            out.append(" | ").append(count);
        }
        out.append(" |\n\n## Failing lines (related not credited, unrelated credited)\n\n")
                .append("| trade | own | wanted | meant | credit | by | text part | own concepts (as the matcher reads them) | wanted concepts |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        failing.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    static List<Line> lines() {
        try (InputStream in = VocabularyRelationTest.class.getResourceAsStream(PROBE)) {
            assertThat(in).as(PROBE).isNotNull();
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                String row = rows[i].strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String[] columns = rows[i].split("\t", -1);
                assertThat(columns).as("line %d: trade, own, wanted, related|unrelated", i + 1).hasSize(4);
                String kind = columns[3].strip();
                assertThat(kind).as("line %d", i + 1).isIn(RELATED, UNRELATED);
                lines.add(new Line(i + 1, columns[0].strip(), columns[1].strip(), columns[2].strip(), kind.equals(RELATED)));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
