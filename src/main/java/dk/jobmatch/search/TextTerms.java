package dk.jobmatch.search;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The terms Danish text is indexed under (stems, compound parts, synonyms). Two phrases that share
 * a term are what the index considers related, so matching can compare competences the same way.
 */
@Singleton
public class TextTerms {

    private final Analyzer analyzer;

    TextTerms(@Named(AnalyzerFactory.INDEX) Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Set<String> of(String text) {
        Set<String> terms = new HashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
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
        return terms;
    }
}
