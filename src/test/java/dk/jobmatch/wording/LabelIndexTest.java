package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Type-ahead over the vocabulary's labels: prefixes first, then words, then inside compounds, then misspellings. */
class LabelIndexTest {

    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.danish();
    private final LabelIndex index = new LabelIndex(VOCABULARY);

    @Test
    void labelsThatStartWithTheTypedTextComeFirstShortestFirst() {
        List<Suggestion> found = index.suggest("rengø", 10);

        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(s -> assertThat(s.matchedLabel()).startsWith("rengø"));
        assertThat(found.getFirst().concept().id()).isEqualTo("cleaning.rengoering");
        assertThat(found.stream().map(s -> s.matchedLabel().length()).toList()).isSorted();
    }

    @Test
    void eachConceptIsOfferedOnceWithTheLabelThatFitted() {
        List<Suggestion> found = index.suggest("rengør", 50);

        assertThat(found.stream().map(s -> s.concept().id()).distinct().count()).isEqualTo(found.size());
        assertThat(found).allSatisfy(s -> assertThat(s.concept().labels()).contains(s.matchedLabel()));
    }

    @Test
    void aWordInsideALabelOrACompoundIsFoundAfterThePrefixes() {
        List<Suggestion> found = index.suggest("børn", 50);

        assertThat(found).anySatisfy(s -> assertThat(s.matchedLabel()).contains(" børn"));
        List<Integer> prefixes = positions(found, s -> s.matchedLabel().startsWith("børn"));
        List<Integer> others = positions(found, s -> !s.matchedLabel().startsWith("børn"));
        assertThat(prefixes).isNotEmpty();
        assertThat(others).isNotEmpty().allSatisfy(i -> assertThat(i).isGreaterThan(prefixes.getLast()));
    }

    @Test
    void aMisspellingNotInTheVocabularyFindsTheWordByEditDistance() {
        // "rengørinng" is no label (the vocabulary lists "rengørring" and "rengørig"): two letters swapped.
        assertThat(VOCABULARY.lookup("rengørinng")).isEmpty();

        assertThat(index.suggest("rengørinng", 5).getFirst().concept().id()).isEqualTo("cleaning.rengoering");
        assertThat(index.suggest("vinduespudsnig", 5).getFirst().concept().id()).isEqualTo("cleaning.vinduespudsning");
        assertThat(index.suggest("pædagogmedhjælpr", 5).getFirst().concept().id()).isEqualTo("childcare.paedagogmedhjaelper");
    }

    @Test
    void aHalfTypedMisspeltWordFindsTheLabelsItBegins() {
        List<Suggestion> found = index.suggest("vindeuspuds", 10);

        assertThat(found).anySatisfy(s -> assertThat(s.concept().id()).isEqualTo("cleaning.vinduespudsning"));
    }

    @Test
    void theLimitIsKeptAndNonsenseFindsNothing() {
        assertThat(index.suggest("a", 3)).hasSize(3);
        assertThat(index.suggest("qxzqxzqxz", 10)).isEmpty();
        assertThat(index.suggest("   ", 10)).isEmpty();
    }

    @Test
    void caseAndSpacesDoNotMatter() {
        assertThat(index.suggest("  RENGØRING ", 1).getFirst().matchedLabel()).isEqualTo("rengøring");
    }

    /** The positions in the list of the suggestions that pass the test, in order. */
    private static List<Integer> positions(List<Suggestion> found, Predicate<Suggestion> test) {
        return IntStream.range(0, found.size()).filter(i -> test.test(found.get(i))).boxed().toList();
    }
}
