package dk.jobmatch.wording;

import dk.jobmatch.support.MutableVocabulary;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions are kept per vocabulary: a kept answer never outlives the vocabulary it came from. */
class ConceptSuggestionsTest {

    @Test
    void aKeptAnswerGivesWayToTheNextVocabularys() {
        ConceptVocabulary base = ConceptVocabulary.danish();
        MutableVocabulary inForce = new MutableVocabulary(base);
        ConceptSuggestions suggestions = new ConceptSuggestions(inForce);
        assertThat(suggestions.suggest("klatregrimasse", 3)).isEmpty();
        assertThat(suggestions.suggest("klatregrimasse", 3)).isEmpty();

        inForce.set(base.with(new Concept("cleaning.test-suggest", ConceptType.COMPETENCE, "klatregrimasse",
                List.of(), Optional.empty())));

        assertThat(suggestions.suggest("klatregrimasse", 3)).extracting(s -> s.concept().id())
                .containsExactly("cleaning.test-suggest");
        assertThat(suggestions.suggest("rengø", 3)).hasSize(3);
        assertThat(suggestions.suggest("rengø", 1)).hasSize(1);
    }
}
