package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.hunspell.Hunspell;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a word written as an abbreviation, with a period after it, as the word it stands for
 * ("tlf." as "telefon", "chaufførmedhj." as "chaufførmedhjælper", "SOSU-hj." as "sosu-hjælper"), so
 * the consultant's note names what the written-out word names. Two readings, both bounded so that a
 * real word is never bent into another:
 * <ul>
 *   <li>the listed abbreviations ({@code search/abbreviations-da.txt}: work words only, none of them
 *   a Danish word), on their own, after a hyphen, or ending a compound whose start is a word;</li>
 *   <li>an unknown word (neither a label word, a compound part nor a word of the Danish Hunspell
 *   dictionary) of at least {@value #MIN_PREFIX} letters whose letters begin exactly one vocabulary
 *   word (the whole word, or the last part after a hyphen; not the end of a compound, where a
 *   word's last letters begin some vocabulary word too often: "Horsens." is no "hor" +
 *   "sensorer"): the label words and compound parts that begin with them must all be that word
 *   and its longer forms ("medhj": medhjælper, medhjælpere, medhjælperen). Four
 *   letters, as three begin dozens of words and a unique reading there would be luck ("ass" is
 *   assistent, assistance, assortiment); the list carries the common shorter ones.</li>
 * </ul>
 * Only the last part of a hyphenated word is read ("sosu-hj."), and the start of a compound is
 * a word when Hunspell or the vocabulary knows it, with or without a joining s or e. Deterministic
 * and of one vocabulary; answers are cached per word.
 */
final class Abbreviations {

    /** Reads nothing (analyses built without a vocabulary, in tests). */
    static final Abbreviations NONE = new Abbreviations(Map.of(), new TreeSet<>(), null);

    static final int MIN_PREFIX = 4;
    private static final int MIN_HEAD = 3;
    /** More words than this beginning with the letters is no unique reading anyway. */
    private static final int MAX_COMPLETIONS = 40;
    private static final int CACHE_ENTRIES = 50_000;
    private static final String UNREAD = "";

    private final Map<String, String> listed;
    private final NavigableSet<String> words;
    private final ThreadLocal<Hunspell> hunspell;
    private final WordCache<String> cache = new WordCache<>(CACHE_ENTRIES);

    private Abbreviations(Map<String, String> listed, NavigableSet<String> words, DanishDictionary danish) {
        this.listed = listed;
        this.words = words;
        this.hunspell = danish == null ? null : ThreadLocal.withInitial(danish::hunspell);
    }

    /** The listed abbreviations and the vocabulary's label words and the compound parts as the words to complete. */
    static Abbreviations of(String listText, ConceptVocabulary vocabulary, Set<String> compoundParts) {
        NavigableSet<String> words = new TreeSet<>();
        vocabulary.labels().keySet().forEach(label -> addWords(words, label));
        compoundParts.forEach(part -> addWords(words, part));
        return new Abbreviations(parse(listText), words, DanishDictionary.shared());
    }

    static Map<String, String> parse(String listText) {
        Map<String, String> listed = new HashMap<>();
        listText.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(line -> {
            String[] columns = line.split("\t");
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException("search/abbreviations-da.txt: malformed line: " + line);
            }
            listed.put(columns[0].strip().toLowerCase(Locale.ROOT), columns[1].strip().toLowerCase(Locale.ROOT));
        });
        return Map.copyOf(listed);
    }

    private static void addWords(Set<String> words, String text) {
        for (String word : TextTerms.NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
    }

    /**
     * What a word written with a period after it stands for, lower case, or null when it is left as
     * written. The word is letters, possibly joined by hyphens.
     */
    String expanded(String written) {
        if (hunspell == null) {
            return null;
        }
        String word = written.toLowerCase(Locale.ROOT);
        String found = cache.get(word, this::compute);
        return found.equals(UNREAD) ? null : found;
    }

    /**
     * What a word written with a period after it is read as when that reading is a guess (the one
     * vocabulary word its letters begin), or null when it is listed, read through the list, or not
     * read at all: the consultant is shown the guesses ({@code PhraseWarnings}), not the list's
     * readings, which are certain.
     */
    String guessed(String written) {
        String reading = expanded(written);
        if (reading == null) {
            return null;
        }
        String word = written.toLowerCase(Locale.ROOT);
        int hyphen = word.lastIndexOf('-');
        String last = word.substring(hyphen + 1);
        // "chaufførmedhj." begins one vocabulary word, and the list reads it so too: no guess.
        boolean certain = listed.containsKey(last) || reading.substring(hyphen + 1).equals(throughList(last));
        return certain ? null : reading;
    }

    private String compute(String word) {
        int hyphen = word.lastIndexOf('-');
        String last = word.substring(hyphen + 1);
        String read = read(last);
        return read == null ? UNREAD : word.substring(0, hyphen + 1) + read;
    }

    private String read(String word) {
        String listedWord = listed.get(word);
        if (listedWord != null) {
            return listedWord;
        }
        if (word.length() < MIN_PREFIX || isKnown(word)) {
            return null;
        }
        String whole = completion(word);
        if (whole != null) {
            return whole;
        }
        // Only a listed end is read inside a compound: a word's last letters are the start of some
        // vocabulary word too often ("Horsens." would be "hor" + "sensorer").
        return throughList(word);
    }

    /** The word as a compound of a word and a listed abbreviation ("chaufførmedhj"), or null. */
    private String throughList(String word) {
        for (int split = MIN_HEAD; split <= word.length() - 2; split++) {
            String head = word.substring(0, split);
            String end = listed.get(word.substring(split));
            if (end != null && isCompoundStart(head)) {
                return head + end;
            }
        }
        return null;
    }

    /** The one word the letters begin, with its longer forms; null when none or two. */
    private String completion(String prefix) {
        NavigableSet<String> begun = words.subSet(prefix, false, prefix + Character.MAX_VALUE, false);
        if (begun.isEmpty() || begun.size() > MAX_COMPLETIONS) {
            return null;
        }
        String first = begun.first();
        return begun.stream().allMatch(word -> word.startsWith(first)) ? first : null;
    }

    private boolean isKnown(String word) {
        return words.contains(word) || hunspell.get().spell(word);
    }

    private boolean isCompoundStart(String head) {
        if (isKnown(head)) {
            return true;
        }
        char last = head.charAt(head.length() - 1);
        return (last == 's' || last == 'e') && head.length() > MIN_HEAD
                && isKnown(head.substring(0, head.length() - 1));
    }

    /** Whether a listed abbreviation is one (for the test that none is a Danish word). */
    Set<String> listed() {
        return listed.keySet();
    }

    boolean isDanishWord(String word) {
        return hunspell != null && hunspell.get().spell(word);
    }
}
