package dk.jobmatch.wording;

import dk.jobmatch.vocabulary.LiveVocabulary;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The nearest concepts for what was typed, over the vocabulary as it is now: the label index is
 * rebuilt (once, by whichever request sees it first) when the source hands out another vocabulary.
 *
 * <p>Answers are kept with the index they came from: a scan of the labels costs up to milliseconds,
 * and the same unknown phrases recur on every read of a profile and across the lines of an import.
 * Bounded, and cleared when full; a new vocabulary starts empty.
 */
@Singleton
public class ConceptSuggestions {

    private static final int CACHED_TEXT_LENGTH = 100;
    private static final int CACHE_ENTRIES = 20_000;

    private record Current(LabelIndex index, Map<String, List<Suggestion>> answers) {
    }

    private final LiveVocabulary source;
    private volatile Current current;

    ConceptSuggestions(LiveVocabulary source) {
        this.source = source;
    }

    /** At most {@code limit} concepts, best first. */
    public List<Suggestion> suggest(String typed, int limit) {
        Current now = current();
        if (typed.length() > CACHED_TEXT_LENGTH) {
            return now.index().suggest(typed, limit);
        }
        String key = limit + " " + typed;
        List<Suggestion> found = now.answers().get(key);
        if (found == null) {
            found = now.index().suggest(typed, limit);
            if (now.answers().size() >= CACHE_ENTRIES) {
                now.answers().clear();
            }
            now.answers().put(key, found);
        }
        return found;
    }

    private Current current() {
        Current now = current;
        if (now == null || now.index().vocabulary() != source.current()) {
            now = new Current(new LabelIndex(source.current()), new ConcurrentHashMap<>());
            current = now;
        }
        return now;
    }
}
