package dk.jobmatch.wording;

import dk.jobmatch.search.PureAnalysis;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which phrases name no concept, and what the warning says about them (issue 24). */
class PhraseWarningsTest {

    static final PhraseWarnings WARNINGS = new PhraseWarnings(PureAnalysis.textTerms(),
            new ConceptSuggestions(LiveVocabulary.fixed(ConceptVocabulary.danish())));

    @Test
    void labelsTheirInflectionsAndCompoundsWithALabelLastAreKnown() {
        assertThat(WARNINGS.isKnown("rengøring")).isTrue();
        assertThat(WARNINGS.isKnown("Rengøringen")).isTrue();
        assertThat(WARNINGS.isKnown("vasker vinduerne")).isTrue();
        assertThat(WARNINGS.isKnown("pædagogmedhjælper")).isTrue();
        // Compounds the vocabulary does not list, whose last part is a label (inflected or not).
        assertThat(inVocabulary("tagrengøring")).isFalse();
        assertThat(WARNINGS.isKnown("tagrengøring")).isTrue();
        assertThat(WARNINGS.isKnown("tagrengøringen")).isTrue();
    }

    @Test
    void aPhraseWithOneConceptAndOtherWordsIsKnown() {
        assertThat(WARNINGS.isKnown("rengøring på hospitalet om natten")).isTrue();
    }

    @Test
    void misspellingsNonsenseAndACompoundWithOnlyItsFirstPartKnownAreUnknown() {
        assertThat(WARNINGS.isKnown("rengørinng")).isFalse();
        assertThat(WARNINGS.isKnown("flumsedims")).isFalse();
        assertThat(WARNINGS.isKnown("og")).isFalse();
    }

    @Test
    void aCompoundIsKnownOnlyWhereTheIndexsDecompounderSplitsIt() {
        // Nonsense before a label is no compound of the dictionary's words (the old rule took any ending).
        assertThat(WARNINGS.isKnown("flumsrengøring")).isFalse();
        // The dictionary knows no "akku": the index keeps the word whole, so it matches only as itself.
        assertThat(WARNINGS.isKnown("akkuskruemaskine")).isFalse();
        assertThat(WARNINGS.isKnown("hospitalsrengøringen")).isTrue();
    }

    @Test
    void aWarningNamesTheFieldAndOffersTheNearestConcepts() {
        List<Warning> warnings = WARNINGS.check(List.of(new Phrase("competences[0]", "rengøring"),
                new Phrase("competences[1]", "rengørinng"), new Phrase("competences[2]", "flumsedims")));

        assertThat(warnings).extracting(Warning::field).containsExactly("competences[1]", "competences[2]");
        Warning misspelt = warnings.getFirst();
        assertThat(misspelt.suggestions()).isNotEmpty();
        assertThat(misspelt.suggestions().getFirst().concept().preferredLabel()).isEqualTo("rengøring");
        assertThat(misspelt.message()).startsWith("ukendt ord: \"rengørinng\"").contains("mente du \"rengøring\"");
        assertThat(warnings.get(1).message()).startsWith("ukendt ord: \"flumsedims\"").doesNotContain("mente du");
    }

    @Test
    void aPhraseWrittenAsTwoWordsIsOfferedTheOneWordLabel() {
        List<Warning> warnings = WARNINGS.check(List.of(new Phrase("jobGoals[0].title", "vej mand")));

        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.suggestions())
                .anySatisfy(s -> assertThat(s.concept().labels()).contains("vejmand")));
    }

    @Test
    void blankPhrasesAndNoPhrasesGiveNoWarnings() {
        assertThat(WARNINGS.check(List.of())).isEmpty();
        assertThat(WARNINGS.check(List.of(new Phrase("competences[0]", " ")))).isEmpty();
    }

    private static boolean inVocabulary(String label) {
        return ConceptVocabulary.danish().lookup(label).isPresent();
    }
}
