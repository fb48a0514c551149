package dk.jobmatch.search;

import dk.jobmatch.support.MutableVocabulary;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint an index is kept with follows the vocabulary in force, so an edit rebuilds the index. */
class AnalysisFingerprintTest {

    private static final ConceptVocabulary BASE = ConceptVocabulary.danish();

    @Test
    void anEditOfTheVocabularyChangesTheFingerprintAndTheSameContentKeepsIt() {
        AnalysisFingerprint base = new AnalyzerFactory(BASE).fingerprint();
        ConceptVocabulary added = BASE.with(new Concept("cleaning.test-fingerprint", ConceptType.COMPETENCE,
                "gulvmoppning", List.of(), Optional.of("cleaning.rengoering")));
        Concept window = BASE.byId("cleaning.vinduespudsning").orElseThrow();
        ConceptVocabulary relabelled = BASE.with(new Concept(window.id(), window.type(), window.preferredLabel(),
                List.of("pudse vinduer"), window.broader()));

        assertThat(new AnalyzerFactory().fingerprint()).isEqualTo(base);
        assertThat(new AnalyzerFactory(ConceptVocabulary.parse(BASE.toText(), "copy")).fingerprint()).isEqualTo(base);
        assertThat(new AnalyzerFactory(added).fingerprint()).isNotEqualTo(base);
        assertThat(new AnalyzerFactory(relabelled).fingerprint()).isNotEqualTo(base)
                .isNotEqualTo(new AnalyzerFactory(added).fingerprint());
    }

    @Test
    void theCurrentAnalysisOffersANewOneOnlyWhenTheVocabularyChanged() {
        MutableVocabulary vocabulary = new MutableVocabulary(BASE);
        CurrentAnalysis analysis = new CurrentAnalysis(vocabulary);
        assertThat(analysis.next()).isEmpty();

        vocabulary.set(BASE.with(new Concept("cleaning.test-next", ConceptType.COMPETENCE, "gulvmoppning", List.of(),
                Optional.empty())));
        Analysis next = analysis.next().orElseThrow();
        analysis.use(next);

        assertThat(analysis.get().fingerprint()).isEqualTo(new AnalyzerFactory(vocabulary.current()).fingerprint());
        assertThat(analysis.next()).isEmpty();
    }
}
