package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The nearest concepts for what was typed, over the vocabulary as it is now: the label index is
 * rebuilt (once, by whichever request sees it first) when the source hands out another vocabulary.
 */
@Singleton
public class ConceptSuggestions {

    private final LiveVocabulary source;
    private volatile LabelIndex index;

    ConceptSuggestions(LiveVocabulary source) {
        this.source = source;
    }

    /** At most {@code limit} concepts, best first. */
    public List<Suggestion> suggest(String typed, int limit) {
        return index().suggest(typed, limit);
    }

    private LabelIndex index() {
        LabelIndex current = index;
        if (current == null || current.vocabulary() != source.current()) {
            current = new LabelIndex(source.current());
            index = current;
        }
        return current;
    }
}
