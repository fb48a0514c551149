package dk.jobmatch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.Reader;

/**
 * Danish analysis for job and task text, driven by the Danish Hunspell dictionary
 * ({@link DanishDictionary}). Compounds are split where the dictionary joins words, so "truck"
 * finds "truckkørsel" and "seng" finds "sengeredning", and a part is kept when it is one of the
 * compound parts (the hand list and the concept vocabulary's one-word labels): generic parts such
 * as "arbejde" or "assistent" would otherwise link every "-arbejde" with every other. Words are
 * then reduced to their dictionary form ("lagerarbejderen" to "lagerarbejder"). Synonyms are
 * expanded at index and query time alike, so a profile that says "rengøring" and a search for
 * "oprydning" meet whichever side names the word. A misspelt word is first read as the
 * vocabulary's word it was meant to be ({@link SpellingRepair}), and an abbreviation as the word it
 * stands for ({@link Abbreviations}), on both sides alike. The synonym file holds single words only, so
 * flattening the graph for indexing loses nothing.
 */
final class DanishTextAnalyzer extends Analyzer {

    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 3;

    private static final DanishCompounds COMPOUNDS = new DanishCompounds(DanishDictionary.shared(), MIN_PART);
    private static final DanishLemmas LEMMAS = new DanishLemmas(DanishDictionary.shared());
    private static final CharArraySet STOP_WORDS = EverydayWords.withDanishStopWords();

    private final CharArraySet compoundParts;
    private final SynonymMap synonyms;
    private final SpellingRepair spelling;
    private final Abbreviations abbreviations;
    private final boolean forIndexing;

    private DanishTextAnalyzer(CharArraySet compoundParts, SynonymMap synonyms, SpellingRepair spelling,
                               Abbreviations abbreviations, boolean forIndexing) {
        this.compoundParts = compoundParts;
        this.synonyms = synonyms;
        this.spelling = spelling;
        this.abbreviations = abbreviations;
        this.forIndexing = forIndexing;
    }

    /** The decompounder the index splits words with, for those who must split as it does ({@link TextTerms#concepts}). */
    static DanishCompounds compounds() {
        return COMPOUNDS;
    }

    static DanishTextAnalyzer forIndexing(CharArraySet compoundParts, SynonymMap synonyms, SpellingRepair spelling,
                                          Abbreviations abbreviations) {
        return new DanishTextAnalyzer(compoundParts, synonyms, spelling, abbreviations, true);
    }

    static DanishTextAnalyzer forQueries(CharArraySet compoundParts, SynonymMap synonyms, SpellingRepair spelling,
                                         Abbreviations abbreviations) {
        return new DanishTextAnalyzer(compoundParts, synonyms, spelling, abbreviations, false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new AbbreviationCharFilter(reader, abbreviations);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new WordReplacingFilter(new LowerCaseFilter(source), spelling::repaired);
        stream = new SynonymGraphFilter(stream, synonyms, true);
        if (forIndexing) {
            // An index holds a flat token stream; the query side keeps the graph.
            stream = new FlattenGraphFilter(stream);
        }
        stream = new HunspellCompoundFilter(stream, COMPOUNDS, MIN_WORD, compoundParts);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new WordReplacingFilter(stream, LEMMAS::of);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
