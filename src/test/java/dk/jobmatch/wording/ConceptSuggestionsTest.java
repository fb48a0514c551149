package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.vocabulary.LiveVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions are kept per vocabulary: a kept answer never outlives the vocabulary it came from. */
class ConceptSuggestionsTest {

    @Test
    void aKeptAnswerGivesWayToTheNextVocabularys() {
        ConceptVocabulary base = ConceptVocabulary.danish();
        AtomicReference<ConceptVocabulary> inForce = new AtomicReference<>(base);
        ConceptSuggestions suggestions = new ConceptSuggestions(new LiveVocabulary() {
            @Override
            public ConceptVocabulary current() {
                return inForce.get();
            }

            @Override
            public boolean reload() {
                return false;
            }
        });
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
