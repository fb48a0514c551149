package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptTerms;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The terms Danish text is indexed under (stems, compound parts, synonyms, and the ids of the
 * concepts it names: see {@code vocabulary.ConceptTerms}). Two phrases that share
 * a term are what the index considers related, so matching can compare competences the same way.
 *
 * <p>Short phrases are cached: competence labels ("rengøring", "truckkørsel") recur across
 * thousands of profiles and every match request analyses hundreds of them. Only short phrases are
 * kept, so the cache holds vocabulary rather than anyone's free-text story, and it is bounded. It
 * is of one analysis: a vocabulary change starts a new one.
 */
@Singleton
public class TextTerms {

    private static final int CACHED_PHRASE_LENGTH = 40;
    private static final int CACHE_ENTRIES = 50_000;

    private final Supplier<Analysis> analysis;
    private volatile Cache cache;

    @Inject
    TextTerms(CurrentAnalysis analysis) {
        this((Supplier<Analysis>) analysis);
    }

    /** Terms of one fixed analysis (tests). */
    TextTerms(Analyzer analyzer, Analyzer concepts) {
        this(() -> new Analysis(null, analyzer, analyzer, concepts, null));
    }

    private TextTerms(Supplier<Analysis> analysis) {
        this.analysis = analysis;
    }

    /**
     * The analysis in force, as an opaque token: a different one after each vocabulary change, so
     * anything kept from {@link #of} can tell it is of an earlier analysis.
     */
    public Object analysisInForce() {
        return analysis.get();
    }

    /** The terms of the text; an unmodifiable set. */
    public Set<String> of(String text) {
        Analysis current = analysis.get();
        if (text == null || text.length() > CACHED_PHRASE_LENGTH) {
            return analyse(current, text);
        }
        Cache of = cache;
        if (of == null || of.analysis() != current) {
            of = new Cache(current, new ConcurrentHashMap<>());
            cache = of;
        }
        Map<String, Set<String>> terms = of.terms();
        Set<String> cached = terms.get(text);
        if (cached == null) {
            cached = analyse(current, text);
            if (terms.size() >= CACHE_ENTRIES) {
                terms.clear(); // crude, but bounded; a full cache is rebuilt from what recurs
            }
            terms.put(text, cached);
        }
        return cached;
    }

    /**
     * The ids of the vocabulary's concepts the text names, as the index maps them (not cached: for
     * checking single phrases and their parts, not for matching).
     */
    public Set<String> concepts(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> terms = new HashSet<>();
        collect(analysis.get().concepts(), text, terms);
        Set<String> ids = new HashSet<>();
        terms.forEach(term -> ids.add(ConceptTerms.idOf(term)));
        return Collections.unmodifiableSet(ids);
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

    private record Cache(Analysis analysis, Map<String, Set<String>> terms) {
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
