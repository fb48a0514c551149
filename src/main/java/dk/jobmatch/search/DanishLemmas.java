package dk.jobmatch.search;

import org.apache.lucene.analysis.hunspell.Hunspell;

import java.util.List;

/**
 * A word's dictionary form by the Danish Hunspell dictionary ("lagerarbejderen" to
 * "lagerarbejder", "børnene" to "børn"), as Lucene's {@code HunspellStemFilter} with
 * {@code longestOnly} picks it: of several roots the longest ("scanner", not the verb "scanne").
 * A word the dictionary does not know is its own form. Unlike that filter the answers are cached:
 * Hunspell's affix stripping is several times slower than the Snowball stemmer, and the words of
 * job texts recur. Thread-safe; the spell-checker, which is not, is kept per thread.
 */
final class DanishLemmas {

    private static final int CACHE_ENTRIES = 100_000;

    private final ThreadLocal<Hunspell> hunspell;
    private final WordCache<String> cache = new WordCache<>(CACHE_ENTRIES);

    DanishLemmas(DanishDictionary danish) {
        this.hunspell = ThreadLocal.withInitial(danish::hunspell);
    }

    String of(String word) {
        return cache.get(word, w -> longest(hunspell.get().getRoots(w), w));
    }

    /** The longest root; of equally long ones the last in sort order, as HunspellStemFilter does. */
    private static String longest(List<String> roots, String word) {
        String best = null;
        for (String root : roots) {
            if (best == null || root.length() > best.length()
                    || (root.length() == best.length() && root.compareTo(best) > 0)) {
                best = root;
            }
        }
        return best == null ? word : best;
    }
}
