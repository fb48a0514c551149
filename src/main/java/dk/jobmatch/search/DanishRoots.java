package dk.jobmatch.search;

import org.apache.lucene.analysis.hunspell.Hunspell;

import java.util.List;

/**
 * All of a word's dictionary roots by the Danish Hunspell dictionary ("bare": the adverb "bare"
 * and the adjective "bar"; "sårbare": "sårbar"), none for a word it does not know. Unlike
 * {@link DanishLemmas}, which picks one, these are for asking how the dictionary reads a word
 * whole. Cached; thread-safe, the spell-checker, which is not, kept per thread.
 */
final class DanishRoots {

    private static final int CACHE_ENTRIES = 100_000;
    private static final DanishRoots SHARED = new DanishRoots(DanishDictionary.shared());

    private final ThreadLocal<Hunspell> hunspell;
    private final WordCache<List<String>> cache = new WordCache<>(CACHE_ENTRIES);

    private DanishRoots(DanishDictionary danish) {
        this.hunspell = ThreadLocal.withInitial(danish::hunspell);
    }

    /** The JVM's one instance, over the shared dictionary. */
    static DanishRoots shared() {
        return SHARED;
    }

    List<String> of(String word) {
        return cache.get(word, w -> List.copyOf(hunspell.get().getRoots(w)));
    }
}
