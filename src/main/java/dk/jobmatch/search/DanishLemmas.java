package dk.jobmatch.search;

import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.Hunspell;

import java.util.List;

/**
 * A word's dictionary form by the Danish Hunspell dictionary ("lagerarbejderen" to
 * "lagerarbejder", "børnene" to "børn"), as Lucene's {@code HunspellStemFilter} with
 * {@code longestOnly} picks it: of several roots the longest ("scanner", not the verb "scanne").
 * A word the dictionary does not know is its own form. Two exceptions to the longest root: a word
 * the dictionary lists as an irregular form of a longer root and also as a root of its own keeps
 * itself ("bar", the bar, not "bære" whose past tense it is; "sang", "smed", "ved"), unless it is
 * that verb's imperative or present tense ("sæt", "lægger"), which the verb's own forms share; and a
 * compound root the word lacks the first part of, a slip of the dictionary's, reads as the root it
 * ends with ("lægger" and "lagerne" listed as forms of "kortlægge" and "våbenlager").
 * Unlike that filter the answers are cached:
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
        return cache.get(word, this::read);
    }

    private String read(String word) {
        Hunspell speller = hunspell.get();
        List<String> roots = speller.getRoots(word);
        String root = withoutCompoundSlip(roots, word, longest(roots, word));
        return !root.equals(word) && roots.contains(word) && isOwnIrregularForm(speller, word, root) ? word : root;
    }

    /**
     * Whether the dictionary lists the word as an irregular form of the root ("bar st:bære"), other
     * than the root's imperative ("sæt" of "sætte") or present tense: those the verb keeps.
     */
    private static boolean isOwnIrregularForm(Hunspell speller, String word, String root) {
        if (word.equals(imperative(root)) || word.equals(root + "r")) {
            return false;
        }
        for (AffixedWord form : speller.analyzeSimpleWord(word)) {
            if (form.getPrefixes().isEmpty() && form.getSuffixes().isEmpty()
                    && form.getDictEntry().getMorphologicalValues("st:").contains(root)) {
                return true;
            }
        }
        return false;
    }

    /** A verb's imperative: without its -e, a doubled consonant single ("sætte": "sæt"); null if not in -e. */
    private static String imperative(String verb) {
        if (verb.length() < 3 || !verb.endsWith("e")) {
            return null;
        }
        String stem = verb.substring(0, verb.length() - 1);
        int n = stem.length();
        char last = stem.charAt(n - 1);
        return last == stem.charAt(n - 2) && "aeiouyæøå".indexOf(last) < 0 ? stem.substring(0, n - 1) : stem;
    }

    /**
     * The root the given one ends with when the word lacks the given one's first part ("lægge" for
     * "kortlægge" read from "lægger"): inflection keeps a compound's first part, so such a root is a
     * slip of the dictionary's. The given root otherwise.
     */
    private static String withoutCompoundSlip(List<String> roots, String word, String root) {
        String tail = root;
        for (String other : roots) {
            if (other.length() < root.length() && root.endsWith(other)
                    && !word.startsWith(root.substring(0, root.length() - other.length()))
                    && (tail.equals(root) || other.length() > tail.length())) {
                tail = other;
            }
        }
        return tail;
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
