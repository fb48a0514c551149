package dk.jobmatch.vocabulary;

import dk.jobmatch.common.FieldViolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Concepts added to or replaced in a vocabulary in memory, by the file's rules. */
class ConceptEditsTest {

    private static final ConceptVocabulary SMALL = ConceptVocabulary.parse("""
            disco.9112\tOCCUPATION\trengøring på kontorer\t-\t
            cleaning.a\tCOMPETENCE\trengøring\tdisco.9112\tgøre rent | vaske gulve
            cleaning.b\tCOMPETENCE\tvinduespudsning\tcleaning.a\tpudse vinduer
            """, "small");

    @Test
    void anAddedConceptIsFoundByItsNormalisedLabelsAndUnderItsBroaderConcept() {
        ConceptVocabulary edited = SMALL.with(concept("cleaning.c", " Gulv  Vask ", List.of("MOPPE"), "cleaning.a"));

        assertThat(edited.lookup("gulv vask")).map(Concept::id).contains("cleaning.c");
        assertThat(edited.lookup("moppe")).map(Concept::id).contains("cleaning.c");
        assertThat(edited.narrower(edited.byId("cleaning.a").orElseThrow())).extracting(Concept::id).contains("cleaning.c");
        assertThat(SMALL.lookup("moppe")).isEmpty();
    }

    @Test
    void aReplacedConceptKeepsItsPlaceAndFreesTheLabelsItDropped() {
        ConceptVocabulary edited = SMALL.with(concept("cleaning.a", "rengøring", List.of("gøre rent"), "disco.9112"));

        assertThat(edited.lookup("vaske gulve")).isEmpty();
        assertThat(edited.concepts()).extracting(Concept::id).containsExactly("disco.9112", "cleaning.a", "cleaning.b");
        assertThat(edited.problemsWith(concept("cleaning.c", "vaske gulve", List.of(), null))).isEmpty();
    }

    @Test
    void everyRuleNamesTheFieldItIsAbout() {
        assertThat(fields(concept("Cleaning.c", "ny", List.of(), null))).containsExactly("id");
        assertThat(fields(concept("cleaning.c", " ", List.of("x", ""), null))).containsExactly("preferredLabel", "altLabels[1]");
        assertThat(fields(concept("cleaning.c", "ny", List.of("y", "Pudse  vinduer"), null))).containsExactly("altLabels[1]");
        assertThat(fields(concept("cleaning.c", "ny", List.of("NY"), null))).containsExactly("altLabels[0]");
        assertThat(fields(concept("cleaning.c", "ny|gammel", List.of(), null))).containsExactly("preferredLabel");
        assertThat(fields(concept("cleaning.c", "ny", List.of(), "cleaning.x"))).containsExactly("broader");
        assertThat(fields(concept("cleaning.c", "ny", List.of(), "Cleaning X"))).containsExactly("broader");
        assertThat(fields(concept("cleaning.c", "ny", List.of(), "cleaning.c"))).containsExactly("broader");
        // cleaning.a under its own narrower concept cleaning.b
        assertThat(SMALL.problemsWith(concept("cleaning.a", "rengøring", List.of(), "cleaning.b")))
                .extracting(FieldViolation::message).containsExactly("broader concepts would form a cycle: cleaning.a > cleaning.b > cleaning.a");
        assertThatThrownBy(() -> SMALL.with(concept("cleaning.c", "pudse vinduer", List.of(), null)))
                .isInstanceOf(MalformedVocabularyException.class).hasMessageContaining("already belongs to cleaning.b");
    }

    @Test
    void theTextOfAVocabularyParsesBackToTheSameConcepts() {
        ConceptVocabulary danish = ConceptVocabulary.danish();
        ConceptVocabulary again = ConceptVocabulary.parse(danish.toText(), "text");

        assertThat(again.concepts()).containsExactlyElementsOf(danish.concepts());
        assertThat(again.toText()).isEqualTo(danish.toText());
    }

    @Test
    void editsSavedTogetherAreCheckedAsAWholeOrOneByOne() {
        // Moving a label: the concept that gives it up is saved first, the one that takes it later.
        List<Concept> edits = List.of(concept("cleaning.c", "vaske gulve", List.of(), null),
                concept("cleaning.a", "rengøring", List.of("gøre rent"), "disco.9112"));
        assertThat(SMALL.replacing(edits, "edits").lookup("vaske gulve")).map(Concept::id).contains("cleaning.c");

        List<String> leftOut = new ArrayList<>();
        ConceptVocabulary oneByOne = SMALL.withAll(edits, (concept, problems) -> leftOut.add(concept.id()));
        assertThat(leftOut).containsExactly("cleaning.c");
        assertThat(oneByOne.lookup("vaske gulve")).isEmpty();
        assertThatThrownBy(() -> SMALL.replacing(List.of(edits.get(0)), "edits"))
                .isInstanceOf(MalformedVocabularyException.class).hasMessageContaining("already belongs to");
    }

    private static List<String> fields(Concept concept) {
        return SMALL.problemsWith(concept).stream().map(FieldViolation::field).toList();
    }

    static Concept concept(String id, String preferred, List<String> alternatives, String broader) {
        return new Concept(id, ConceptType.COMPETENCE, preferred, alternatives, Optional.ofNullable(broader));
    }
}
