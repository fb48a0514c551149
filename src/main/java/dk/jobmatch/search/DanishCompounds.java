package dk.jobmatch.search;

import org.apache.lucene.analysis.hunspell.AffixedWord;
import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.DictEntry;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Splits Danish compounds the way the Hunspell dictionary builds them: every part but the last is
 * a word whose entry may begin or continue a compound, followed by its joint ("rengøring" + "s",
 * "seng" + "e", "lager" + nothing: the entry's flags say which, see {@link CompoundJoints}), and
 * the last part is an inflected word whose entry may end one ("assistenter"). Of all splits the
 * one with the fewest parts wins, the longer first part breaking ties, so "pædagogmedhjælper" is
 * "pædagog" + "medhjælper" rather than three parts. A word is split even when the dictionary lists
 * it whole ("rengøringsassistent"), since the parts are what other phrasings share.
 *
 * <p>Splits are cached ({@link WordCache}). Thread-safe; the spell-checker, which is not, is kept
 * per thread.
 */
final class DanishCompounds {

    /** The parts as dictionary words, and where the last part begins in the word as written. */
    private record Split(String[] parts, int lastStart) {
    }

    private static final Split NONE = new Split(new String[0], -1);
    private static final int CACHE_ENTRIES = 100_000;

    private final Dictionary dictionary;
    private final CompoundJoints joints;
    private final ThreadLocal<Hunspell> hunspell;
    private final int minPart;
    private final WordCache<Split> cache = new WordCache<>(CACHE_ENTRIES);

    DanishCompounds(DanishDictionary danish, int minPart) {
        this.dictionary = danish.dictionary();
        this.joints = danish.joints();
        this.hunspell = ThreadLocal.withInitial(danish::hunspell);
        this.minPart = minPart;
    }

    /**
     * The parts of a lower-case word as dictionary words ("rengøring" for "rengørings", "assistent"
     * for "assistenter"); none when the word is no compound the dictionary knows.
     */
    String[] split(String word) {
        return cache.get(word, this::compute).parts();
    }

    /**
     * The last part of a compound as written ("rengøringen" of "tagrengøringen"), for analyses that
     * reduce words their own way; null when the word is no compound the dictionary knows.
     */
    String lastPartAsWritten(String word) {
        Split split = cache.get(word, this::compute);
        return split.lastStart() < 0 ? null : word.substring(split.lastStart());
    }

    private Split compute(String word) {
        int n = word.length();
        // count[i]: the fewest parts covering word[i..n) as first parts then one last word (0: none);
        // next[i] where the following part starts, part[i] the word of the part at i.
        int[] count = new int[n + 1];
        int[] next = new int[n + 1];
        String[] part = new String[n + 1];
        for (int i = n - minPart; i >= 0; i--) {
            String last = i > 0 ? lastWord(word.substring(i)) : null;
            if (last != null) {
                count[i] = 1;
                next[i] = n;
                part[i] = last;
            }
            for (int j = n - minPart; j >= i + minPart; j--) {
                if (count[j] == 0 || (count[i] != 0 && count[i] <= count[j] + 1)) {
                    continue;
                }
                String head = headWord(word.substring(i, j));
                if (head != null) {
                    count[i] = count[j] + 1;
                    next[i] = j;
                    part[i] = head;
                }
            }
        }
        if (count[0] < 2) {
            return NONE;
        }
        String[] parts = new String[count[0]];
        int lastStart = 0;
        for (int i = 0, k = 0; i < n; i = next[i]) {
            lastStart = i;
            parts[k++] = part[i];
        }
        return new Split(parts, lastStart);
    }

    /** The word the segment begins or continues a compound with, or null. */
    private String headWord(String segment) {
        for (CompoundJoints.Joint joint : joints.candidates(segment)) {
            String stem = joint.stemOf(segment);
            if (stem != null && stem.length() >= minPart && hasFlag(stem, joint.flag())) {
                return stem;
            }
        }
        return null;
    }

    private boolean hasFlag(String word, String flag) {
        DictEntries entries = dictionary.lookupEntries(word);
        if (entries != null) {
            for (DictEntry entry : entries) {
                if (flags(entry).contains(flag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The dictionary word of an inflected form that may end a compound ("assistent" for "assistenter"), or null. */
    private String lastWord(String tail) {
        for (AffixedWord form : hunspell.get().analyzeSimpleWord(tail)) {
            if (joints.mayEnd(flags(form.getDictEntry()))) {
                return form.getDictEntry().getStem();
            }
        }
        return null;
    }

    private static Set<String> flags(DictEntry entry) {
        return new HashSet<>(Arrays.asList(entry.getFlags().split(",")));
    }
}
