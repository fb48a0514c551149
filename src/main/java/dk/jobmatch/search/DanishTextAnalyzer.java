package dk.jobmatch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Danish analysis for job and task text. {@code DanishAnalyzer} alone stems but does not split
 * compounds, so "truck" would not find "truckkørsel"; a dictionary of domain words splits them.
 * Synonyms are expanded at index and query time alike, so a profile that says "rengøring" and a
 * search for "oprydning" meet whichever side names the word. The synonym file holds single words
 * only, so flattening the graph for indexing loses nothing.
 */
final class DanishTextAnalyzer extends Analyzer {

    private static final int MIN_WORD = 5;
    private static final int MIN_SUBWORD = 3;
    private static final int MAX_SUBWORD = 20;

    private final CharArraySet compoundParts;
    private final SynonymMap synonyms;
    private final boolean forIndexing;

    private DanishTextAnalyzer(CharArraySet compoundParts, SynonymMap synonyms, boolean forIndexing) {
        this.compoundParts = compoundParts;
        this.synonyms = synonyms;
        this.forIndexing = forIndexing;
    }

    static DanishTextAnalyzer forIndexing(CharArraySet compoundParts, SynonymMap synonyms) {
        return new DanishTextAnalyzer(compoundParts, synonyms, true);
    }

    static DanishTextAnalyzer forQueries(CharArraySet compoundParts, SynonymMap synonyms) {
        return new DanishTextAnalyzer(compoundParts, synonyms, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new SynonymGraphFilter(stream, synonyms, true);
        if (forIndexing) {
            // An index holds a flat token stream; the query side keeps the graph.
            stream = new FlattenGraphFilter(stream);
        }
        stream = new DictionaryCompoundWordTokenFilter(stream, compoundParts, MIN_WORD, MIN_SUBWORD, MAX_SUBWORD, false);
        stream = new StopFilter(stream, DanishAnalyzer.getDefaultStopSet());
        stream = new SnowballFilter(stream, new DanishStemmer());
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
