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
    void misspellingsBeyondTheRepairNonsenseAndACompoundWithOnlyItsFirstPartKnownAreUnknown() {
        assertThat(WARNINGS.isKnown("regøirng")).isFalse();
        assertThat(WARNINGS.isKnown("flumsedims")).isFalse();
        assertThat(WARNINGS.isKnown("og")).isFalse();
    }

    @Test
    void aCompoundIsKnownOnlyWhereTheIndexsDecompounderSplitsIt() {
        // Nonsense before a label is no compound of the dictionary's words (the old rule took any ending).
        assertThat(WARNINGS.isKnown("flumsrengøring")).isFalse();
        // The dictionary knows no "akku": the index keeps the word whole, so it matches only as itself.
        assertThat(WARNINGS.isKnown("akkuhækkeklipper")).isFalse();
        assertThat(WARNINGS.isKnown("hospitalsrengøringen")).isTrue();
    }

    @Test
    void aWarningNamesTheFieldAndOffersTheNearestConcepts() {
        List<Warning> warnings = WARNINGS.check(List.of(new Phrase("competences[0]", "rengøring"),
                new Phrase("competences[1]", "regøirng"), new Phrase("competences[2]", "flumsedims")));

        assertThat(warnings).extracting(Warning::field).containsExactly("competences[1]", "competences[2]");
        Warning misspelt = warnings.getFirst();
        assertThat(misspelt.suggestions()).isNotEmpty();
        assertThat(misspelt.suggestions()).extracting(s -> s.concept().preferredLabel()).contains("rengøring");
        assertThat(misspelt.message()).startsWith("ukendt ord: \"regøirng\"").contains("mente du ").contains("\"rengøring\"");
        assertThat(warnings.get(1).message()).startsWith("ukendt ord: \"flumsedims\"").doesNotContain("mente du");
    }

    @Test
    void aMisspeltWordReadAsALabelMakesThePhraseKnownAndTheWarningSaysWhatItWasReadAs() {
        assertThat(WARNINGS.isKnown("rengørinng af kontorer")).isTrue();
        List<Warning> warnings = WARNINGS.check(List.of(new Phrase("competences[0]", "rengøring"),
                new Phrase("competences[1]", "Rengørinng af kontorer"), new Phrase("competences[2]", "gaardmand")));

        assertThat(warnings).extracting(Warning::field).containsExactly("competences[1]", "competences[2]");
        assertThat(warnings.getFirst().message())
                .isEqualTo("\"rengørinng\" læst som \"rengøring\" (stavefejl?) - ret gerne stavningen");
        assertThat(warnings.getFirst().suggestions()).extracting(s -> s.concept().preferredLabel()).containsExactly("rengøring");
        assertThat(warnings.get(1).message()).startsWith("\"gaardmand\" læst som \"gårdmand\"");
        assertThat(WARNINGS.warns(new Phrase("competences[0]", "gaardmand"))).isTrue();
        assertThat(WARNINGS.isUnknown(new Phrase("competences[0]", "gaardmand"))).isFalse();
    }

    @Test
    void anAbbreviationReadByGuessingIsToldButAListedOneIsNot() {
        List<Warning> warnings = WARNINGS.check(List.of(new Phrase("competences[0]", "Receptio. i 3 år"),
                new Phrase("competences[1]", "SOSU-hj."), new Phrase("competences[2]", "Rengørinng og receptio.")));

        assertThat(warnings).extracting(Warning::field).containsExactly("competences[0]", "competences[2]");
        assertThat(warnings.getFirst().message())
                .isEqualTo("\"receptio.\" læst som \"reception\" (forkortelse) - skriv gerne ordet helt ud");
        assertThat(warnings.getFirst().suggestions()).extracting(s -> s.concept().preferredLabel()).isNotEmpty();
        assertThat(warnings.get(1).message()).isEqualTo("\"rengørinng\" læst som \"rengøring\" (stavefejl?) - ret gerne"
                + " stavningen; \"receptio.\" læst som \"reception\" (forkortelse) - skriv gerne ordet helt ud");
        assertThat(WARNINGS.warns(new Phrase("competences[0]", "Receptio."))).isTrue();
        assertThat(WARNINGS.warns(new Phrase("competences[0]", "SOSU-hj."))).isFalse();
    }

    @Test
    void aCompoundLabelWrittenAsTwoWordsIsKnown() {
        // Særskrivning: the analysis reads "vej mand" as the label "vejmand", so there is nothing to warn about.
        assertThat(inVocabulary("vej mand")).isFalse();
        assertThat(WARNINGS.check(List.of(new Phrase("jobGoals[0].title", "vej mand")))).isEmpty();
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
