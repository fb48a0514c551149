package dk.jobmatch.vocabulary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Danish concept vocabulary file parses, is consistent and covers the trades; the loader fails fast. */
class ConceptVocabularyTest {

    /** The trades where flexjob, ressourceforløb and aktivitetsparate citizens are placed, plus general competences. */
    private static final List<String> TRADES = List.of("cleaning", "retail", "warehouse", "kitchen", "care", "childcare",
            "green", "transport", "office", "crafts", "manufacturing", "auto", "hotel", "laundry", "recycling", "general");
    private static final int CONCEPTS_PER_TRADE = 40;

    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.danish();

    @Test
    void theFileHasAtLeast1500ConceptsInKnownTrades() {
        assertThat(VOCABULARY.size()).isGreaterThanOrEqualTo(1500);
        Set<String> known = new HashSet<>(TRADES);
        known.add("disco");
        assertThat(VOCABULARY.concepts()).extracting(Concept::trade).allMatch(known::contains);
    }

    @Test
    void everyTradeHasEnoughConcepts() {
        Map<String, Long> perTrade = VOCABULARY.concepts().stream()
                .collect(Collectors.groupingBy(Concept::trade, Collectors.counting()));
        for (String trade : TRADES) {
            assertThat(perTrade.getOrDefault(trade, 0L)).as("concepts in %s", trade).isGreaterThanOrEqualTo(CONCEPTS_PER_TRADE);
        }
    }

    @Test
    void everyTradeHasOccupationsAndCompetences() {
        for (String trade : TRADES) {
            Set<ConceptType> types = VOCABULARY.concepts().stream().filter(c -> c.trade().equals(trade))
                    .map(Concept::type).collect(Collectors.toSet());
            ConceptType[] expected = trade.equals("general") ? new ConceptType[] {ConceptType.COMPETENCE} : ConceptType.values();
            assertThat(types).as("types in %s", trade).contains(expected);
        }
    }

    @Test
    void idsAreUniqueAndEveryBroaderConceptExists() {
        assertThat(VOCABULARY.concepts()).extracting(Concept::id).doesNotHaveDuplicates();
        for (Concept concept : VOCABULARY.concepts()) {
            concept.broader().ifPresent(id -> assertThat(VOCABULARY.byId(id)).as("broader of %s", concept.id()).isPresent());
            assertThat(VOCABULARY.broaderChain(concept)).extracting(Concept::id).doesNotContain(concept.id());
        }
    }

    @Test
    void occupationsSitUnderADiscoGroup() {
        for (Concept concept : VOCABULARY.concepts()) {
            if (concept.type() == ConceptType.OCCUPATION && !concept.trade().equals("disco")) {
                assertThat(VOCABULARY.broaderChain(concept)).as("broader chain of %s", concept.id())
                        .anyMatch(c -> c.trade().equals("disco"));
            }
        }
    }

    @Test
    void everyLabelIsNormalisedNonEmptyAndBelongsToOneConcept() {
        Map<String, String> owner = new java.util.HashMap<>();
        int labels = 0;
        for (Concept concept : VOCABULARY.concepts()) {
            for (String label : concept.labels()) {
                labels++;
                assertThat(label).isNotBlank().isEqualTo(ConceptVocabulary.normalise(label));
                String earlier = owner.putIfAbsent(label, concept.id());
                assertThat(earlier).as("label \"%s\" of %s", label, concept.id()).isNull();
            }
        }
        assertThat(VOCABULARY.labels()).hasSize(labels);
    }

    /**
     * Everyday Danish words that also mean something else (a verb, an adverb, a family word) would
     * tag half of all free text with a concept: "have" (to have), "tag" (take), "fald" (i hvert
     * fald), "børn" (a mother of two). Such a word is left out; its unambiguous forms stay.
     */
    @Test
    void noLabelIsAnEverydayWordWithAnotherMeaning() {
        Set<String> everyday = Set.of("have", "tag", "fald", "inde", "udenfor", "tog", "får", "sang", "tal", "bar",
                "is", "fyr", "ro", "hal", "vagt", "bud", "dyr", "børn", "ældre", "unge", "mennesker", "glad", "varm",
                "præcis", "ringe", "træner", "kasse", "service", "medhjælper", "hjælper", "assistent", "koordinator",
                "vikar", "fleksjob", "løntilskud", "og", "i", "at", "på", "med", "for", "til", "af", "en", "et", "den",
                "der", "som", "er", "har", "kan", "skal", "vil", "ikke", "men", "eller", "om", "fra", "ud", "op", "ned");
        assertThat(VOCABULARY.labels().keySet()).doesNotContainAnyElementsOf(everyday);
        assertThat(VOCABULARY.labels().keySet()).allMatch(label -> label.length() >= 2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            pædagogmedhjælper          | medhjælper i børnehave
            Pædagog  Medhjælper        | pædagogmedhjælper
            rengøringsassistent        | rengøringsdame
            truckkørsel                | køre gaffeltruck
            omstillingsmedarbejder     | telefonist
            køkkenmedhjælper           | køkkenhjælper
            vaskeriassistent           | vaskerimedarbejder
            genbrugspladsmedarbejder   | medarbejder på genbrugsplads
            """)
    void labelsOfOneConceptResolveToIt(String one, String other) {
        assertThat(VOCABULARY.lookup(one)).isPresent();
        assertThat(VOCABULARY.lookup(one)).isEqualTo(VOCABULARY.lookup(other));
    }

    @Test
    void switchboardWorkIsReceptionAndOfficeWork() {
        Concept switchboard = VOCABULARY.lookup("omstilling").orElseThrow();
        assertThat(VOCABULARY.broaderChain(switchboard)).extracting(Concept::id)
                .startsWith("office.reception").contains("disco.42", "disco.4");
        assertThat(VOCABULARY.isWithin(switchboard, VOCABULARY.lookup("receptionsarbejde").orElseThrow())).isTrue();
        Concept telephonist = VOCABULARY.lookup("telefonist").orElseThrow();
        assertThat(VOCABULARY.broaderChain(telephonist)).extracting(Concept::id).contains("disco.42");
    }

    /** A trade title and the words for its tasks meet below the DISCO major group: a café's work and its staff. */
    @Test
    void aCafesTasksAndItsStaffMeetInTheirDiscoGroup() {
        Concept staff = VOCABULARY.lookup("cafémedarbejder").orElseThrow();
        Concept group = VOCABULARY.byId("disco.5246").orElseThrow();
        assertThat(VOCABULARY.isWithin(staff, group)).isTrue();
        for (String task : List.of("caféarbejde", "barista", "cappuccino")) {
            assertThat(VOCABULARY.isWithin(VOCABULARY.lookup(task).orElseThrow(), group)).as(task).isTrue();
        }
    }

    @Test
    void aChildcareAssistantAndTheKindergartensWorkMeetInTheirDiscoGroup() {
        Concept assistant = VOCABULARY.lookup("pædagogmedhjælper").orElseThrow();
        Concept work = VOCABULARY.lookup("passe børn").orElseThrow();
        assertThat(assistant.type()).isEqualTo(ConceptType.OCCUPATION);
        assertThat(work.type()).isEqualTo(ConceptType.COMPETENCE);
        Concept group = VOCABULARY.byId("disco.5311").orElseThrow();
        assertThat(VOCABULARY.isWithin(assistant, group)).isTrue();
        assertThat(VOCABULARY.isWithin(work, group)).isTrue();
        assertThat(VOCABULARY.narrower(group)).contains(assistant);
    }

    @Test
    void misspellingsAndInflectionsAreListed() {
        assertThat(VOCABULARY.lookup("rengøringsassisent")).map(Concept::id).contains("cleaning.rengoeringsassistent");
        assertThat(VOCABULARY.lookup("lagermedarbejdere")).map(Concept::id).contains("warehouse.lagermedarbejder");
        assertThat(VOCABULARY.lookup("ukendt ord xyz")).isEmpty();
    }

    @Test
    void aWellFormedFileParses() {
        ConceptVocabulary small = ConceptVocabulary.parse("""
                # comment
                disco.9112\tOCCUPATION\trengøring på kontorer\t-\t
                cleaning.a\tOCCUPATION\tRengørings  Assistent\tdisco.9112\trengøringsdame | cleaner
                """, "small");
        assertThat(small.size()).isEqualTo(2);
        Concept a = small.lookup("rengøringsassistent ").orElse(null);
        assertThat(small.lookup("rengørings assistent")).map(Concept::id).contains("cleaning.a");
        assertThat(a).isNull();
        assertThat(small.lookup("CLEANER")).map(Concept::altLabels).contains(List.of("rengøringsdame", "cleaner"));
        assertThat(small.broaderChain(small.byId("cleaning.a").orElseThrow())).extracting(Concept::id).containsExactly("disco.9112");
    }

    /** A line per case, with ~ for a tab. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a.b~OCCUPATION~x~-              | small:1: expected 5 tab-separated columns
            A.b~OCCUPATION~x~-~             | small:1: malformed id
            a.b~TASK~x~-~                   | small:1: unknown type
            a.b~COMPETENCE~ ~-~             | small:1: empty preferred label
            a.b~COMPETENCE~x~-~y#z          | small:1: empty alternative label
            a.b~COMPETENCE~x~-~X            | small:1: label "x" already belongs to a.b (listed twice)
            a.b~COMPETENCE~x~a.b~           | small:1: concept a.b is its own broader concept
            a.b~COMPETENCE~x~a.c~           | small:1: broader concept a.c does not exist
            a.b~COMPETENCE~x~B C~           | small:1: malformed broader id
            """)
    void malformedLinesFailWithTheirLineNumber(String line, String message) {
        String text = line.replace('~', '\t').replace("#", "||");
        assertThatThrownBy(() -> ConceptVocabulary.parse(text, "small"))
                .isInstanceOf(MalformedVocabularyException.class).hasMessageStartingWith(message);
    }

    @Test
    void duplicatesAndCyclesAcrossLinesFailWithBothLines() {
        assertThatThrownBy(() -> ConceptVocabulary.parse("# x\na.b\tCOMPETENCE\tx\t-\t\na.c\tCOMPETENCE\ty\t-\tx\n", "f"))
                .hasMessage("f:3: label \"x\" already belongs to a.b on line 2");
        assertThatThrownBy(() -> ConceptVocabulary.parse("a.b\tCOMPETENCE\tx\t-\t\na.b\tCOMPETENCE\ty\t-\t\n", "f"))
                .hasMessage("f:2: id a.b is already used on line 1");
        assertThatThrownBy(() -> ConceptVocabulary.parse("a.b\tCOMPETENCE\tx\ta.c\t\na.c\tCOMPETENCE\ty\ta.b\t\n", "f"))
                .hasMessage("f:1: broader concepts form a cycle: a.b > a.c > a.b");
    }

    @Test
    void normalisingLowerCasesAndCollapsesWhitespace() {
        assertThat(ConceptVocabulary.normalise("  Pædagog\tMedhjælper \n")).isEqualTo("pædagog medhjælper");
        assertThat(ConceptVocabulary.normalise("ÆØÅ")).isEqualTo("æøå");
        Function<String, String> n = ConceptVocabulary::normalise;
        assertThat(n.apply("")).isEmpty();
    }
}
