package dk.jobmatch.vocabulary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The occupation → essential competence relations file parses against the vocabulary; the loader fails fast. */
class ConceptRelationsTest {

    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.parse("""
            disco.5311\tOCCUPATION\tbørneomsorg\t-\t
            childcare.paedagogmedhjaelper\tOCCUPATION\tpædagogmedhjælper\tdisco.5311\t
            childcare.boernepasning\tCOMPETENCE\tbørnepasning\tdisco.5311\t
            childcare.leg-med-boern\tCOMPETENCE\tleg med børn\tchildcare.boernepasning\t
            """, "test");

    @Test
    void everyOccupationOfTheTradesHasEssentialCompetencesThatExist() {
        ConceptRelations relations = ConceptRelations.danish();
        ConceptVocabulary vocabulary = ConceptVocabulary.danish();
        for (Concept concept : vocabulary.concepts()) {
            if (concept.type() == ConceptType.OCCUPATION && !concept.trade().equals("disco")) {
                assertThat(relations.essentialOf(concept.id())).as("essential competences of %s", concept.id()).isNotEmpty();
            }
        }
        relations.all().values().forEach(ids -> ids.forEach(id ->
                assertThat(vocabulary.byId(id)).get().extracting(Concept::type).isEqualTo(ConceptType.COMPETENCE)));
    }

    @Test
    void parsesOccupationsWithTheirCompetencesSkippingCommentsAndBlankLines() {
        ConceptRelations relations = ConceptRelations.parse("""
                # a comment
                
                childcare.paedagogmedhjaelper\tchildcare.boernepasning | childcare.leg-med-boern
                """, "test", VOCABULARY);
        assertThat(relations.essentialOf("childcare.paedagogmedhjaelper"))
                .containsExactly("childcare.boernepasning", "childcare.leg-med-boern");
        assertThat(relations.essentialOf("childcare.boernepasning")).isEmpty();
        assertThat(ConceptRelations.none().essentialOf("childcare.paedagogmedhjaelper")).isEmpty();
    }

    @Test
    void anUnknownIdFailsNamingTheLine() {
        assertThatThrownBy(() -> ConceptRelations.parse("# header\nchildcare.paedagogmedhjaelper\tchildcare.boernepasning|childcare.no-such\n",
                "relations.tsv", VOCABULARY))
                .isInstanceOf(MalformedVocabularyException.class)
                .hasMessage("relations.tsv:2: unknown concept id \"childcare.no-such\"");
        assertThatThrownBy(() -> ConceptRelations.parse("childcare.nobody\tchildcare.boernepasning\n", "relations.tsv", VOCABULARY))
                .hasMessage("relations.tsv:1: unknown concept id \"childcare.nobody\"");
    }

    @Test
    void typesColumnsEmptyIdsAndRepeatsFailNamingTheLine() {
        assertThatThrownBy(() -> ConceptRelations.parse("childcare.boernepasning\tchildcare.leg-med-boern\n", "r", VOCABULARY))
                .hasMessage("r:1: childcare.boernepasning is COMPETENCE, expected OCCUPATION");
        assertThatThrownBy(() -> ConceptRelations.parse("childcare.paedagogmedhjaelper\tdisco.5311\n", "r", VOCABULARY))
                .hasMessage("r:1: disco.5311 is OCCUPATION, expected COMPETENCE");
        assertThatThrownBy(() -> ConceptRelations.parse("childcare.paedagogmedhjaelper childcare.boernepasning\n", "r", VOCABULARY))
                .hasMessageStartingWith("r:1: expected 2 tab-separated columns");
        assertThatThrownBy(() -> ConceptRelations.parse("childcare.paedagogmedhjaelper\tchildcare.boernepasning||\n", "r", VOCABULARY))
                .hasMessage("r:1: empty id (two | in a row, or one at an end)");
        assertThatThrownBy(() -> ConceptRelations.parse("""
                childcare.paedagogmedhjaelper\tchildcare.boernepasning
                childcare.paedagogmedhjaelper\tchildcare.leg-med-boern
                """, "r", VOCABULARY))
                .hasMessage("r:2: occupation childcare.paedagogmedhjaelper is already listed on line 1");
    }
}
