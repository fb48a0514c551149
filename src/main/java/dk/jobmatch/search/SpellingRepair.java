package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.tartarus.snowball.ext.DanishStemmer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a misspelt word as the word of the vocabulary it was meant to be ("rengørinng" as
 * "rengøring", "vinduespusser" as "vinduespudser"), so the phrase names its concept instead of
 * matching only itself. Bounded, so a real word is never bent into another:
 * <ul>
 *   <li>only a word of at least {@value #MIN_WORD} letters that no label holds, whose Snowball stem
 *   is no label word's stem (the concept analysis already reads it) and that the Danish Hunspell
 *   dictionary does not know (it is a misspelling, not a word the vocabulary lacks);</li>
 *   <li>read as a label word within one edit (insert, delete, substitute, swap two neighbours), two
 *   from {@value #LONG_WORD} letters, with the same first letter (writers seldom miss the first
 *   one, and it keeps the scan short); ASCII spellings of æ, ø, å ("aa") count as the letter;</li>
 *   <li>only when the nearest label word is unique, or all the nearest are one-word labels of one
 *   concept: two equally near readings are a guess.</li>
 * </ul>
 * Deterministic and of one vocabulary (one {@link Analysis}); answers are cached per word.
 */
final class SpellingRepair {

    /** Repairs nothing (analyses built without a vocabulary, in tests). */
    static final SpellingRepair NONE = new SpellingRepair(Set.of(), Map.of(), Set.of(), null);

    static final int MIN_WORD = 5;
    static final int LONG_WORD = 9;
    private static final int CACHE_ENTRIES = 100_000;
    private static final String UNREPAIRED = "";

    private final Set<String> labelWords;
    /** The concept id of each one-word label (the vocabulary lists misspellings too: "rengørring"). */
    private final Map<String, String> oneWordLabels;
    private final Set<String> preferredLabels;
    private final Set<String> labelStems = new HashSet<>();
    private final Map<Character, List<String>> byFirstLetter = new HashMap<>();
    private final ThreadLocal<Hunspell> hunspell;
    private final ThreadLocal<DanishStemmer> stemmer = ThreadLocal.withInitial(DanishStemmer::new);
    private final WordCache<String> cache = new WordCache<>(CACHE_ENTRIES);

    private SpellingRepair(Set<String> labelWords, Map<String, String> oneWordLabels, Set<String> preferredLabels,
                           DanishDictionary danish) {
        this.labelWords = labelWords;
        this.oneWordLabels = oneWordLabels;
        this.preferredLabels = preferredLabels;
        this.hunspell = danish == null ? null : ThreadLocal.withInitial(danish::hunspell);
        for (String word : labelWords) {
            labelStems.add(stem(word));
            if (word.length() >= MIN_WORD - 1) {
                byFirstLetter.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
            }
        }
        byFirstLetter.values().forEach(Collections::sort);
    }

    /** The repair of the vocabulary's label words, with the Danish dictionary deciding what is misspelt. */
    static SpellingRepair of(ConceptVocabulary vocabulary) {
        Set<String> words = new HashSet<>();
        Map<String, String> oneWord = new HashMap<>();
        Set<String> preferred = new HashSet<>();
        vocabulary.labels().forEach((label, concept) -> {
            for (String word : TextTerms.NOT_A_LETTER.split(label)) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (label.chars().allMatch(Character::isLetter)) {
                oneWord.put(label, concept.id());
            }
            preferred.add(concept.preferredLabel());
        });
        return new SpellingRepair(Set.copyOf(words), Map.copyOf(oneWord), Set.copyOf(preferred), DanishDictionary.shared());
    }

    /** The label word a lower-case word is read as, or null when it is left as written. */
    String repaired(String word) {
        if (hunspell == null || word.length() < MIN_WORD) {
            return null;
        }
        String found = cache.get(word, this::compute);
        return found.equals(UNREPAIRED) ? null : found;
    }

    private String compute(String word) {
        if (!word.chars().allMatch(Character::isLetter) || labelWords.contains(word) || labelStems.contains(stem(word))) {
            return UNREPAIRED;
        }
        String reading = nearest(word);
        // The dictionary is asked last: most unknown words (names, jargon) have no label near, and
        // the spell check, which tries every compound, costs more than the scan.
        return reading.equals(UNREPAIRED) || hunspell.get().spell(word) ? UNREPAIRED : reading;
    }

    private String nearest(String word) {
        String written = danishLetters(word);
        if (!written.equals(word) && labelWords.contains(written)) {
            return written;
        }
        int maxEdits = written.length() >= LONG_WORD ? 2 : 1;
        for (int edits = 1; edits <= maxEdits; edits++) {
            List<String> nearest = within(written, edits);
            if (!nearest.isEmpty()) {
                return oneReading(nearest);
            }
        }
        return UNREPAIRED;
    }

    /**
     * The word the nearest label words are read as: the only one; or, when all are one-word labels
     * of one concept (a label and a listed misspelling of it), the concept's preferred label if it
     * is among them, else the first in sort order; none when they name two concepts, as two equally
     * near readings are a guess.
     */
    private String oneReading(List<String> nearest) {
        if (nearest.size() == 1) {
            return nearest.getFirst();
        }
        String concept = oneWordLabels.get(nearest.getFirst());
        if (concept == null || !nearest.stream().allMatch(word -> concept.equals(oneWordLabels.get(word)))) {
            return UNREPAIRED;
        }
        return nearest.stream().filter(preferredLabels::contains).findFirst().orElse(nearest.getFirst());
    }

    /** The label words with the word's first letter within {@code edits} of it. */
    private List<String> within(String word, int edits) {
        List<String> found = new ArrayList<>();
        for (String candidate : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            if (Math.abs(candidate.length() - word.length()) <= edits && withinEdits(word, candidate, edits)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /**
     * Whether {@code a} is at most {@code max} edits from {@code b} (optimal string alignment: insert,
     * delete, substitute, swap two neighbours). Only a band of the table {@code 2 max + 1} wide is
     * filled, and it stops at the first row above {@code max}: a Levenshtein automaton per word cost
     * milliseconds to build for long words, this costs well under a microsecond per label word.
     */
    static boolean withinEdits(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int over = max + 1;
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            Arrays.fill(current, over);
            current[0] = Math.min(i, over);
            int rowMin = current[0];
            for (int j = Math.max(1, i - max); j <= Math.min(m, i + max); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = Math.min(best, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return false;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[m] <= max;
    }

    /** "aa", "ae", "oe" as å, æ, ø: how words are written on keyboards without them. */
    private static String danishLetters(String word) {
        return word.replace("aa", "å").replace("ae", "æ").replace("oe", "ø");
    }

    private String stem(String word) {
        DanishStemmer danish = stemmer.get();
        danish.setCurrent(word);
        danish.stem();
        return danish.getCurrent();
    }
}
