package dk.jobmatch.search;

import dk.jobmatch.support.Tiers;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precision check of the concept vocabulary (issue 24, docs/matching-quality.md, "A precision
 * pass over the vocabulary"): candidates for a label that puts a phrase under the wrong concept,
 * after which the wrong profile earns full or partial credit. Four kinds, each a list to read by
 * hand, not a verdict (a candidate is often right):
 * <ul>
 * <li>(a) a label that names only the people served, a place or a thing ("hotelgæster" for
 * check-in), not the work: its words all end in one of {@link #NOT_THE_WORK};</li>
 * <li>(b) a word that names a concept of one trade by itself and is written inside another trade's
 * labels for its own work ("indkøb": office purchasing, but "hjælp til indkøb" in care);</li>
 * <li>(c) a DISCO-08 group title that equals or nearly equals (same first five letters) a label of
 * a trade's concept, so the group may shadow the competence ("vinduespolering");</li>
 * <li>(d) a phrase of the coverage probe read as a concept of another trade than the line's (not a
 * general competence, not a DISCO group) besides or instead of what it means.</li>
 * </ul>
 * Writes {@code target/vocabulary-precision.md}. Not part of the suite (it asserts only that the
 * lists could be made): run with {@code -Dtest=VocabularyPrecisionCheck -Dgroups=benchmark
 * -DexcludedGroups=none}.
 */
@Tag(Tiers.BENCHMARK)
class VocabularyPrecisionCheck {

    /**
     * Word endings (the last part of a compound, as written) that name the people served, a place
     * or a thing rather than work. A label made only of such words (and little words) is a candidate
     * of kind (a).
     */
    static final List<String> NOT_THE_WORK = List.of(
            // people served
            "gæst", "gæster", "gæsterne", "kunde", "kunder", "kunderne", "borger", "borgere", "borgerne",
            "beboer", "beboere", "beboerne", "barn", "børn", "børnene", "ældre", "patient", "patienter",
            "patienterne", "passager", "passagerer", "elev", "elever", "bruger", "brugere", "klient",
            "klienter", "turist", "turister", "pensionist", "pensionister", "handicappede", "demente",
            "unge", "voksne", "mennesker", "familier", "besøgende", "publikum", "fremmøde",
            // places
            "hotel", "hotellet", "hoteller", "kantine", "kantinen", "køkken", "køkkenet", "lager",
            "lageret", "butik", "butikken", "butikker", "skole", "skolen", "plejehjem", "plejecenter",
            "hospital", "sygehus", "institution", "institutionen", "værelse", "værelser", "værelserne",
            "kontor", "kontoret", "kontorer", "værksted", "værkstedet", "fabrik", "fabrikken", "have",
            "haven", "haver", "park", "parker", "stald", "stalden", "vaskeri", "vaskeriet", "restaurant",
            "restauranten", "café", "cafe", "bageri", "bageriet", "supermarked", "byggeplads", "lobby",
            "reception", "receptionen", "gang", "gange", "trappe", "trapper", "toilet", "toiletter",
            // things
            "sengetøj", "linned", "tøj", "tøjet", "håndklæder", "vinduer", "ruder", "bil", "biler",
            "bilen", "varer", "varerne", "post", "pakker", "kasser", "papir", "affald", "skrald", "mad",
            "maden", "morgenmad", "frokost", "aftensmad", "kaffe", "senge", "sengene", "seng", "gulve",
            "gulvet", "dæk", "paller", "hylder", "telefon", "telefonen", "computer", "pc", "nøgler",
            "penge", "kasse", "kassen", "dyr", "dyrene", "hunde", "heste", "køer", "grise", "planter",
            "blomster", "græs", "hække", "træer");

    private static final Set<String> LITTLE_WORDS = Set.of("og", "til", "i", "på", "af", "for", "med", "de",
            "den", "det", "en", "et", "om", "fra", "ved", "hos", "mine", "min", "sine");
    private static final String GENERAL = "general";
    private static final String DISCO = "disco";

    private final TextTerms terms = PureAnalysis.textTerms();
    private final ConceptVocabulary vocabulary = ConceptVocabulary.danish();

    @Test
    void listsTheCandidatesOfEveryKind() throws IOException {
        List<String> a = peopleServedPlacesAndThings();
        Map<String, Set<String>> b = wordsOfOneTradeInAnothersLabels();
        List<String> c = discoTitlesNearATradesLabel();
        Map<String, Set<String>> d = probePhrasesReadAsAnotherTrade();
        StringBuilder out = new StringBuilder("# Vocabulary precision candidates\n\n")
                .append("Kinds: (a) ").append(a.size()).append(", (b) ").append(b.size()).append(", (c) ")
                .append(c.size()).append(", (d) ").append(d.size()).append(" (concepts; ")
                .append(d.values().stream().mapToInt(Set::size).sum()).append(" probe phrases)\n\n");
        out.append("## (a) Labels naming only people served, a place or a thing\n\n");
        a.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n## (b) A word naming one trade's concept, inside another trade's labels\n\n");
        b.forEach((key, uses) -> out.append("- ").append(key).append(": ").append(String.join("; ", uses)).append('\n'));
        out.append("\n## (c) DISCO group titles near a trade's label\n\n");
        c.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n## (d) Probe phrases read as a concept of another trade\n\n");
        d.forEach((key, uses) -> out.append("- ").append(key).append(": ").append(String.join("; ", uses)).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/vocabulary-precision.md"), out.toString());
        System.out.printf("Vocabulary precision candidates: (a) %d, (b) %d, (c) %d, (d) %d%n", a.size(), b.size(),
                c.size(), d.size());
        assertThat(vocabulary.size()).isGreaterThan(1000);
    }

    /** Kind (a): every word of the label is a little word or ends in a people/place/thing word. */
    private List<String> peopleServedPlacesAndThings() {
        List<String> found = new ArrayList<>();
        for (Concept concept : sorted()) {
            if (concept.trade().equals(DISCO)) {
                continue;
            }
            for (String label : concept.altLabels()) {
                String[] words = label.split(" ");
                boolean notTheWork = true;
                boolean anyWord = false;
                for (String word : words) {
                    if (LITTLE_WORDS.contains(word)) {
                        continue;
                    }
                    anyWord = true;
                    notTheWork &= NOT_THE_WORK.stream().anyMatch(word::endsWith);
                }
                if (anyWord && notTheWork) {
                    found.add("`" + label + "` in " + concept.id() + " (" + concept.preferredLabel() + ")");
                }
            }
        }
        return found;
    }

    /**
     * Kind (b): for every word of every label of two or more words, the concepts that word names by
     * itself; kept when such a concept is of another trade than the label's concept (neither general
     * nor a DISCO group) and not the same concept or one within the other.
     */
    private Map<String, Set<String>> wordsOfOneTradeInAnothersLabels() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Concept concept : sorted()) {
            if (concept.trade().equals(DISCO)) {
                continue;
            }
            for (String label : concept.labels()) {
                String[] words = label.split(" ");
                if (words.length < 2) {
                    continue;
                }
                for (String word : words) {
                    if (word.length() < 4 || LITTLE_WORDS.contains(word)) {
                        continue;
                    }
                    for (String id : terms.concepts(word)) {
                        Concept named = vocabulary.byId(id).orElseThrow();
                        if (isOfAnotherTrade(named, concept) && !related(named, concept)) {
                            found.computeIfAbsent("`" + word + "` → " + id, k -> new TreeSet<>())
                                    .add(concept.id() + " `" + label + "`");
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Kind (c): a DISCO group's label equal to a trade concept's label after analysis, or sharing its
     * first word's first five letters with a label of a concept filed (through its broader chain)
     * under that group or naming the same work ("vinduespolering" / "vinduespudsning").
     */
    private List<String> discoTitlesNearATradesLabel() {
        List<String> found = new ArrayList<>();
        for (Concept group : sorted()) {
            if (!group.trade().equals(DISCO) || group.id().length() < "disco.1234".length()) {
                continue;
            }
            for (String title : group.labels()) {
                Set<String> near = new TreeSet<>();
                String start = prefix(title);
                for (Concept concept : vocabulary.concepts()) {
                    if (concept.trade().equals(DISCO)) {
                        continue;
                    }
                    for (String label : concept.labels()) {
                        if (terms.of(label).equals(terms.of(title))) {
                            near.add("= " + concept.id() + " `" + label + "`");
                        } else if (start.length() == 5 && start.equals(prefix(label)) && label.split(" ").length <= 2
                                && title.split(" ").length <= 2) {
                            near.add("~ " + concept.id() + " `" + label + "`");
                        }
                    }
                }
                if (!near.isEmpty()) {
                    found.add(group.id() + " `" + title + "`: " + String.join("; ", near));
                }
            }
        }
        return found;
    }

    /** Kind (d): probe phrases that name a trade concept of another trade, unrelated to the line's. */
    private Map<String, Set<String>> probePhrasesReadAsAnotherTrade() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (VocabularyCoverageTest.Probe probe : VocabularyCoverageTest.probes()) {
            List<Concept> meant = probe.concepts().stream().map(vocabulary::byId).flatMap(Optional::stream).toList();
            for (String id : terms.concepts(probe.phrase())) {
                Concept named = vocabulary.byId(id).orElseThrow();
                if (named.trade().equals(GENERAL) || named.trade().equals(DISCO) || named.trade().equals(probe.trade())
                        || meant.stream().anyMatch(m -> m.trade().equals(named.trade()) || related(m, named))) {
                    continue;
                }
                found.computeIfAbsent(id, k -> new TreeSet<>())
                        .add(probe.trade() + ": `" + probe.phrase() + "`" + (meant.isEmpty() ? "" : " (meant "
                                + String.join("|", probe.concepts()) + ")"));
            }
        }
        return found;
    }

    private static boolean isOfAnotherTrade(Concept named, Concept in) {
        return !named.trade().equals(in.trade()) && !named.trade().equals(GENERAL) && !named.trade().equals(DISCO)
                && !in.trade().equals(GENERAL);
    }

    private boolean related(Concept a, Concept b) {
        return vocabulary.isWithin(a, b) || vocabulary.isWithin(b, a);
    }

    private static String prefix(String label) {
        String first = label.split(" ")[0].toLowerCase(Locale.ROOT);
        return first.length() < 5 ? "" : first.substring(0, 5);
    }

    private List<Concept> sorted() {
        return vocabulary.concepts().stream().sorted((x, y) -> x.id().compareTo(y.id())).toList();
    }
}
