package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptTerms;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms Danish text is indexed under (stems, compound parts, synonyms, and the ids of the
 * concepts it names: see {@code vocabulary.ConceptTerms}). Two phrases that share
 * a term are what the index considers related, so matching can compare competences the same way.
 *
 * <p>Short phrases are cached: competence labels ("rengøring", "truckkørsel") recur across
 * thousands of profiles and every match request analyses hundreds of them. Only short phrases are
 * kept, so the cache holds vocabulary rather than anyone's free-text story, and it is bounded. It
 * is of one analysis: a vocabulary change starts a new one. The same goes for the concepts a
 * phrase names ({@link #concepts}), asked on every answer with a profile or a need.
 */
@Singleton
public class TextTerms {

    private static final int CACHED_PHRASE_LENGTH = 40;
    private static final int CACHE_ENTRIES = 50_000;
    /** The shortest word worth splitting: two of {@code DanishTextAnalyzer}'s shortest parts (3 letters). */
    private static final int MIN_COMPOUND = 6;
    /**
     * The shortest last part of a compound whose concepts count: the concept analysis stems, and
     * short stems collide ("rum" is also the stem of "rummelighed", so "skyllerum" would name the
     * concept "tålmodighed og rummelighed").
     */
    private static final int MIN_HEAD = 4;
    /** Danish particles and prepositions that begin derived words rather than compounds ("tilbage", "udlevering"). */
    private static final Set<String> PARTICLES = Set.of("af", "bag", "efter", "frem", "fra", "hen", "ind", "med", "ned",
            "om", "op", "over", "på", "til", "ud", "under");
    /** What separates words, for reading a text or a label word by word. */
    static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private final Supplier<Analysis> analysis;
    private volatile Cache cache;

    @Inject
    TextTerms(CurrentAnalysis analysis) {
        this((Supplier<Analysis>) analysis);
    }

    /** Terms of one fixed analysis (tests). */
    TextTerms(Analyzer analyzer, Analyzer concepts) {
        this(fixed(new Analysis(null, analyzer, analyzer, concepts, null)));
    }

    // One instance, so the caches, which are of an analysis instance, last.
    private static Supplier<Analysis> fixed(Analysis analysis) {
        return () -> analysis;
    }

    /** Terms of whichever analysis {@code analysis} gives at the time (tests switch it as a rebuild does). */
    TextTerms(Supplier<Analysis> analysis) {
        this.analysis = analysis;
    }

    /** The terms of the text; an unmodifiable set. */
    public Set<String> of(String text) {
        return cached(analysis.get(), text, Cache::terms, TextTerms::analyse);
    }

    /**
     * The analysis in force now, held: what is read through it stays of that one analysis however
     * the vocabulary changes meanwhile, so whatever a caller keeps from it can be labelled with
     * {@link Pinned#analysis()} truthfully (a request that read the analysis in force afresh for
     * each phrase could mix two and keep the mix under the newer one's label).
     */
    public Pinned pinned() {
        return new Pinned(analysis.get());
    }

    /** {@link #of} under one analysis, whichever is in force when it is read. */
    public final class Pinned {

        private final Analysis held;

        private Pinned(Analysis held) {
            this.held = held;
        }

        /**
         * The analysis held, as an opaque token: a different one after each vocabulary change, so
         * anything kept from {@link #of} can tell it is of an earlier analysis.
         */
        public Object analysis() {
            return held;
        }

        public Set<String> of(String text) {
            return cached(held, text, Cache::terms, TextTerms::analyse);
        }
    }

    /**
     * The ids of the vocabulary's concepts the text names, as the index maps them, and for each of
     * its words that the index's decompounder splits, those its last part names, as written and of
     * at least {@value #MIN_HEAD} letters and, where the dictionary knows the word whole, the end of
     * its dictionary form ({@link #endsInItsHead}): Danish puts the head last, so "tagrengøringen" ("tag" +
     * "rengøringen") is a kind of rengøring, whether or not the vocabulary lists the compound. A
     * compound known only by an earlier part ("rengøringsvogn" if it were no label) is not.
     */
    public Set<String> concepts(String text) {
        return cached(analysis.get(), text, Cache::concepts, TextTerms::conceptsOf);
    }

    /**
     * The words of the text this analysis reads as other words, because they are misspelt
     * ({@link SpellingRepair}): each lower-case word as written with the label word it is read as,
     * in the order written; empty when none is. Both the index and {@link #concepts} read them so.
     * A word written as an abbreviation that the analysis writes out is not repaired, so it is not
     * among them ({@link #abbreviationsGuessed}).
     */
    public Map<String, String> readAs(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Analysis current = analysis.get();
        SpellingRepair spelling = current.spelling();
        Set<String> abbreviated = abbreviated(current.abbreviations(), text);
        Map<String, String> read = new LinkedHashMap<>();
        for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            if (abbreviated.contains(word)) {
                continue; // read as what it stands for before any repair sees it
            }
            String repaired = spelling.repaired(word);
            if (repaired != null) {
                read.put(word, repaired);
            }
        }
        return read.isEmpty() ? Map.of() : Collections.unmodifiableMap(read);
    }

    /**
     * The words of the text written as abbreviations that this analysis reads by guessing
     * ({@link Abbreviations#guessed}: the one vocabulary word the letters begin): each lower-case
     * word as written, period included, with what it is read as, in the order written; empty when
     * none is. The listed abbreviations ("tlf.", "medhj.") are certain and not among them.
     */
    public Map<String, String> abbreviationsGuessed(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Abbreviations abbreviations = analysis.get().abbreviations();
        Map<String, String> read = new LinkedHashMap<>();
        for (String written : writtenWithAPeriod(text)) {
            String reading = abbreviations.guessed(written);
            if (reading != null) {
                read.put(written.toLowerCase(Locale.ROOT) + ".", reading);
            }
        }
        return read.isEmpty() ? Map.of() : Collections.unmodifiableMap(read);
    }

    /** The lower-case words of the text, without their period, that the abbreviation reading writes out. */
    private static Set<String> abbreviated(Abbreviations abbreviations, String text) {
        Set<String> words = new HashSet<>();
        for (String written : writtenWithAPeriod(text)) {
            if (abbreviations.expanded(written) != null) {
                for (String word : NOT_A_LETTER.split(written.toLowerCase(Locale.ROOT))) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** The words the abbreviation reading looks at ({@link AbbreviationCharFilter#ABBREVIATED}), as written, without their period. */
    private static List<String> writtenWithAPeriod(String text) {
        if (!AbbreviationCharFilter.mayAbbreviate(text)) {
            return List.of(); // most phrases: the pattern's scan was a third of an import's warnings
        }
        List<String> written = new ArrayList<>();
        Matcher matcher = AbbreviationCharFilter.ABBREVIATED.matcher(text);
        while (matcher.find()) {
            written.add(text.substring(matcher.start(), matcher.end() - 1));
        }
        return written;
    }

    private Set<String> cached(Analysis current, String text, Function<Cache, Map<String, Set<String>>> which,
                               BiFunction<Analysis, String, Set<String>> compute) {
        if (text == null || text.length() > CACHED_PHRASE_LENGTH) {
            return compute.apply(current, text);
        }
        Cache of = cache;
        if (of == null || of.analysis() != current) {
            if (current != analysis.get()) {
                return compute.apply(current, text); // a pinned analysis no longer in force: not worth caching
            }
            of = new Cache(current, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
            cache = of;
        }
        Map<String, Set<String>> entries = which.apply(of);
        Set<String> cached = entries.get(text);
        if (cached == null) {
            cached = compute.apply(current, text);
            if (entries.size() >= CACHE_ENTRIES) {
                entries.clear(); // crude, but bounded; a full cache is rebuilt from what recurs
            }
            entries.put(text, cached);
        }
        return cached;
    }

    private static Set<String> conceptsOf(Analysis analysis, String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> terms = new HashSet<>();
        collect(analysis.concepts(), text, terms);
        for (String word : NOT_A_LETTER.split(text.toLowerCase(Locale.ROOT))) {
            String head = word.length() >= MIN_COMPOUND ? DanishTextAnalyzer.compounds().lastPartAsWritten(word) : null;
            if (head != null && head.length() >= MIN_HEAD && endsInItsHead(word) && isDeterminative(analysis, word, head)) {
                collect(analysis.concepts(), head, terms);
            }
        }
        Set<String> ids = new HashSet<>();
        terms.forEach(term -> ids.add(ConceptTerms.idOf(term)));
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Whether the split's last part is the end of the word as the dictionary reads it whole, where
     * it knows the word: "sårbare" is "sårbar" with an ending to it, not "sår" + "bare" (read as
     * "bar", a bar), "spillede" the past of "spille", not "spil" + "lede". The decompounder takes
     * the fewest parts that are words, so an inflection ending can join a stem's last letters into
     * a word of their own ("bar" + "e"). Only the concept reading asks this; the index splits as before.
     */
    private static boolean endsInItsHead(String word) {
        List<String> roots = DanishRoots.shared().of(word);
        if (roots.isEmpty()) {
            return true;
        }
        String[] parts = DanishTextAnalyzer.compounds().split(word);
        String last = parts[parts.length - 1];
        return roots.stream().anyMatch(root -> root.endsWith(last));
    }

    /**
     * Whether a compound is a kind of its last part, so the part's concepts are the word's: not when
     * the word names a concept of its own ("børnehaven" is a børnehave, not havearbejde;
     * "vejledning" is no ledning, "genbrugsstation" no railway), and not when its first part is a
     * particle or preposition, as in "tilbage" ("til" + "bage") or "opsætning": such words are
     * derivations whose meaning is not their last part's.
     */
    private static boolean isDeterminative(Analysis analysis, String word, String head) {
        if (PARTICLES.contains(word.substring(0, word.length() - head.length()))) {
            return false;
        }
        Set<String> own = new HashSet<>();
        collect(analysis.concepts(), word, own);
        return own.isEmpty();
    }

    private static Set<String> analyse(Analysis analysis, String text) {
        Set<String> terms = new HashSet<>();
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        collect(analysis.index(), text, terms);
        collect(analysis.concepts(), text, terms);
        return Collections.unmodifiableSet(terms);
    }

    private record Cache(Analysis analysis, Map<String, Set<String>> terms, Map<String, Set<String>> concepts) {
    }

    /** Adds the terms the analyzer makes of the text, in order, to {@code terms}. */
    static void collect(Analyzer analyzer, String text, Collection<String> terms) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
