package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Misspelt words read as the vocabulary's words, and compound labels written as two words (issue 24). */
class SpellingRepairTest {

    private final TextTerms terms = PureAnalysis.textTerms();

    @Test
    void aMisspeltWordIsReadAsTheLabelWordAndNamesItsConcept() {
        assertThat(terms.readAs("Rengørinng af kontorer")).containsExactly(entry("rengørinng", "rengøring"));
        assertThat(terms.concepts("rengørinng")).isNotEmpty().isEqualTo(terms.concepts("rengøring"));
        assertThat(terms.concepts("vinduespusser")).isNotEmpty().isEqualTo(terms.concepts("vinduespudser"));
        assertThat(terms.concepts("viceværd")).isNotEmpty().isEqualTo(terms.concepts("vicevært"));
        // The index reads it so too: the words and parts of the right spelling, not the misspelling.
        assertThat(terms.of("rengørinng")).isEqualTo(terms.of("rengøring"));
    }

    @Test
    void aWordWrittenWithoutÆøåIsReadWithThem() {
        assertThat(terms.readAs("gaardmand")).containsExactly(entry("gaardmand", "gårdmand"));
        assertThat(terms.concepts("gaardmand")).isNotEmpty().isEqualTo(terms.concepts("gårdmand"));
    }

    @Test
    void aWordNearAListedMisspellingIsReadAsThatLabelOfTheConcept() {
        // "rengørring" is listed as a label of rengøring; one edit from it (two from "rengøring") is read as it.
        assertThat(terms.concepts("rengørring")).isEqualTo(terms.concepts("rengøring"));
        assertThat(terms.readAs("rengørrinng")).containsExactly(entry("rengørrinng", "rengørring"));
        assertThat(terms.concepts("rengørrinng")).isEqualTo(terms.concepts("rengøring"));
    }

    @Test
    void wordsTheVocabularyOrTheDictionaryKnowsAreLeftAsWritten() {
        // Labels, their inflections, and dictionary words one letter from a label word ("affaldsplade" ~ "affaldsplads").
        assertThat(terms.readAs("rengøring af kontorer, Rengøringen, pædagogmedhjælpere")).isEmpty();
        assertThat(DanishDictionary.shared().hunspell().spell("affaldsplade")).isTrue();
        assertThat(terms.readAs("affaldsplade")).isEmpty();
        // Unknown to both, but no label word near: nonsense stays unknown.
        assertThat(terms.readAs("flumsedims flumsrengøring akkuskruemaskine")).isEmpty();
        assertThat(terms.concepts("flumsedims")).isEmpty();
        // Short words are never guessed at.
        assertThat(terms.readAs("rengø bdu")).isEmpty();
    }

    @Test
    void aWordEquallyNearTwoConceptsIsLeftAsWrittenAndNearOneConceptsLabelsIsRead() {
        SpellingRepair two = SpellingRepair.of(ConceptVocabulary.parse(
                "green.a\tCOMPETENCE\tflumsedimsk\t-\t\ngreen.b\tCOMPETENCE\tflumsedimst\t-\t\n", "two"));
        assertThat(two.repaired("flumsedimsx")).as("one letter from two concepts' labels").isNull();
        SpellingRepair one = SpellingRepair.of(ConceptVocabulary.parse(
                "green.a\tCOMPETENCE\tflumsedimst\t-\tflumsedimsk\n", "one"));
        assertThat(one.repaired("flumsedimsx")).as("one letter from two labels of one concept: its preferred")
                .isEqualTo("flumsedimst");
    }

    @Test
    void aLongWordMayBeTwoEditsOffAShortOneOnlyOne() {
        assertThat(terms.readAs("vinduspusser")).containsExactly(entry("vinduspusser", "vinduespudser"));
        assertThat(terms.readAs("viseværd")).isEmpty();
    }

    @Test
    void aCompoundLabelWrittenAsTwoWordsNamesItsConceptAndStillThoseOfItsWords() {
        assertThat(ConceptVocabulary.danish().lookup("butiks medhjælper")).isEmpty();
        assertThat(terms.concepts("butiksmedhjælper")).isNotEmpty();
        assertThat(terms.concepts("butiks medhjælper")).containsAll(terms.concepts("butiksmedhjælper"))
                .containsAll(terms.concepts("butik"));
        assertThat(terms.concepts("butiks-medhjælper")).isEqualTo(terms.concepts("butiks medhjælper"));
        assertThat(terms.concepts("vej mand")).isNotEmpty().containsAll(terms.concepts("vejmand"));
    }

    @Test
    void editsAreCountedAsOptimalStringAlignment() {
        assertThat(SpellingRepair.withinEdits("rengørinng", "rengøring", 1)).isTrue();
        assertThat(SpellingRepair.withinEdits("rengøirng", "rengøring", 1)).as("a swap is one edit").isTrue();
        assertThat(SpellingRepair.withinEdits("resepsionist", "receptionist", 1)).isFalse();
        assertThat(SpellingRepair.withinEdits("resepsionist", "receptionist", 2)).isTrue();
        assertThat(SpellingRepair.withinEdits("vinduspusser", "vinduespudser", 2)).isTrue();
        assertThat(SpellingRepair.withinEdits("abc", "abcdef", 2)).isFalse();
        assertThat(SpellingRepair.withinEdits("", "ab", 2)).isTrue();
    }
}
