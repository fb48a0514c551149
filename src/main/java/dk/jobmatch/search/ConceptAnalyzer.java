package dk.jobmatch.search;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.DanishStemmer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text to concept ids: the words are lower-cased and stemmed, then every run of words that is a
 * label of the concept vocabulary (stemmed the same way, longest match first) becomes one token,
 * the concept's term ({@link ConceptTerms}: "@childcare.paedagogmedhjaelper"); everything else is
 * dropped. It runs on whole words, before any compound splitting, so "pædagogmedhjælper" and
 * "passe børn" are recognised as the phrases people write. Concept terms never equal a word's term,
 * so both can share an index field.
 */
final class ConceptAnalyzer extends Analyzer {

    private final SynonymMap labels;

    ConceptAnalyzer(ConceptVocabulary vocabulary) {
        // Never reused: the index takes one token stream per text field of a document and reads
        // them all when the document is added, so each must be its own.
        super(NEVER_REUSE);
        this.labels = build(vocabulary);
    }

    private static final ReuseStrategy NEVER_REUSE = new ReuseStrategy() {
        @Override
        public TokenStreamComponents getReusableComponents(Analyzer analyzer, String fieldName) {
            return null;
        }

        @Override
        public void setReusableComponents(Analyzer analyzer, String fieldName, TokenStreamComponents components) {
            // nothing is kept
        }
    };

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = words(source);
        stream = new SynonymGraphFilter(stream, labels, false);
        stream = new FlattenGraphFilter(stream);
        stream = new ConceptsOnly(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static TokenStream words(Tokenizer source) {
        return new SnowballFilter(new LowerCaseFilter(source), new DanishStemmer());
    }

    private static SynonymMap build(ConceptVocabulary vocabulary) {
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, words(source));
            }
        };
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        try {
            for (Map.Entry<String, Concept> label : vocabulary.labels().entrySet()) {
                List<String> words = analyse(plain, label.getKey());
                if (words.isEmpty()) {
                    continue;
                }
                CharsRef input = SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
                builder.add(input, new CharsRef(ConceptTerms.term(label.getValue().id())), false);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        TextTerms.collect(analyzer, text, words);
        return words;
    }

    /** Keeps only the tokens the label map put out: the concept ids. */
    private static final class ConceptsOnly extends FilteringTokenFilter {

        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        ConceptsOnly(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
        }
    }
}
