package dk.jobmatch.search;

import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.tartarus.snowball.ext.DanishStemmer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text to concept ids: the words are lower-cased and stemmed, then every run of words that is a
 * label of the concept vocabulary (stemmed the same way, longest match first) becomes one token,
 * the concept's term ({@link ConceptTerms}: "@childcare.paedagogmedhjaelper"); everything else is
 * dropped. It runs on whole words, before any compound splitting, so "pædagogmedhjælper" and
 * "passe børn" are recognised as the phrases people write. Concept terms never equal a word's term,
 * so both can share an index field. A misspelt word is read as the label word it was meant to be
 * ({@link SpellingRepair}) before stemming, an abbreviation as the word it stands for
 * ({@link Abbreviations}) before the text is split into words, and a compound label also matches written as two words.
 */
final class ConceptAnalyzer extends Analyzer {

    /** The shortest label worth splitting: two parts of three letters. */
    private static final int MIN_COMPOUND = 6;

    private final SynonymMap labels;
    private final SpellingRepair spelling;
    private final Abbreviations abbreviations;

    ConceptAnalyzer(ConceptVocabulary vocabulary, SpellingRepair spelling, Abbreviations abbreviations) {
        // Never reused: the index takes one token stream per text field of a document and reads
        // them all when the document is added, so each must be its own.
        super(NEVER_REUSE);
        this.labels = build(vocabulary, abbreviations);
        this.spelling = spelling;
        this.abbreviations = abbreviations;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new AbbreviationCharFilter(reader, abbreviations);
    }

    /** How this analysis reads misspelt words. */
    SpellingRepair spelling() {
        return spelling;
    }

    /** How this analysis reads words written as abbreviations. */
    Abbreviations abbreviations() {
        return abbreviations;
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
        TokenStream stream = stemmed(new WordReplacingFilter(new LowerCaseFilter(source), spelling::repaired));
        stream = new SynonymGraphFilter(stream, labels, false);
        stream = new FlattenGraphFilter(stream);
        stream = new ConceptsOnly(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static TokenStream stemmed(TokenStream lowerCase) {
        return new SnowballFilter(new LittleWordsLeftOut(lowerCase), new DanishStemmer());
    }

    private static SynonymMap build(ConceptVocabulary vocabulary, Abbreviations abbreviations) {
        // Labels are read as text is ("adm. opgaver" as "administrativ opgaver"), so one written
        // with an abbreviation still meets the text that writes it.
        Analyzer plain = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new AbbreviationCharFilter(reader, abbreviations);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemmed(new LowerCaseFilter(source)));
            }
        };
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        Set<String> inputs = new HashSet<>();
        Map<String, List<String>> oneWord = new HashMap<>();
        try {
            for (Map.Entry<String, Concept> label : vocabulary.labels().entrySet()) {
                List<String> words = analyse(plain, label.getKey());
                if (words.isEmpty()) {
                    continue;
                }
                String id = label.getValue().id();
                inputs.add(add(builder, words, id));
                if (words.size() == 1) {
                    oneWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(id);
                }
            }
            // Compound labels written as two words ("rengørings assistent", "lager medarbejder"),
            // the commonest Danish misspelling, where no label reads the same: the compound's
            // concept, and still those of its words, which the longest match would otherwise hide.
            for (Map.Entry<String, Concept> label : vocabulary.labels().entrySet()) {
                String apart = writtenApart(label.getKey());
                List<String> words = apart == null ? List.of() : analyse(plain, apart);
                if (words.size() < 2 || !inputs.add(add(builder, words, label.getValue().id()))) {
                    continue;
                }
                for (String word : words) {
                    for (String id : oneWord.getOrDefault(word, List.of())) {
                        add(builder, words, id);
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Maps the words to the concept; the input, as the map holds it. */
    private static String add(SynonymMap.Builder builder, List<String> words, String conceptId) {
        CharsRef input = SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
        builder.add(input, new CharsRef(ConceptTerms.term(conceptId)), false);
        return input.toString();
    }

    /** A one-word compound label with a space before its last part, as the index's decompounder splits it; else null. */
    private static String writtenApart(String label) {
        if (label.length() < MIN_COMPOUND || !label.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String head = DanishTextAnalyzer.compounds().lastPartAsWritten(label);
        return head == null ? null : label.substring(0, label.length() - head.length()) + " " + head;
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        TextTerms.collect(analyzer, text, words);
        return words;
    }

    /**
     * Leaves out the indefinite articles, in the labels and in the text alike, so "medhjælper i en
     * børnehave" and "har arbejdet i et supermarked" name the concepts whose labels have no article
     * (and a label written with one still matches text without). Removed without a position gap, as
     * if never written: the label map matches runs of adjacent words. So are the
     * {@link EverydayWords}, which the stemmer would read as labels they are not.
     */
    private static final class LittleWordsLeftOut extends TokenFilter {

        private static final Set<String> ARTICLES = Set.of("en", "et");

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LittleWordsLeftOut(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                String word = term.toString();
                if (!ARTICLES.contains(word) && !EverydayWords.WORDS.contains(word)) {
                    return true;
                }
            }
            return false;
        }
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
