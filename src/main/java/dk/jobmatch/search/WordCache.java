package dk.jobmatch.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the dictionary says about a word, kept: the words of job texts recur, and asking Hunspell
 * costs dozens of look-ups. Bounded: when full it is cleared, and what recurs comes back.
 */
final class WordCache<V> {

    private final int capacity;
    private final Map<String, V> entries = new ConcurrentHashMap<>();

    WordCache(int capacity) {
        this.capacity = capacity;
    }

    V get(String word, Function<String, V> compute) {
        V value = entries.get(word);
        if (value == null) {
            value = compute.apply(word);
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(word, value);
        }
        return value;
    }
}
