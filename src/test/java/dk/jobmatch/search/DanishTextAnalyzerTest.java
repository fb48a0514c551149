package dk.jobmatch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DanishTextAnalyzerTest {

    private final AnalyzerFactory factory = new AnalyzerFactory();
    private final Analyzer index = factory.indexAnalyzer();
    private final Analyzer query = factory.queryAnalyzer();

    @Test
    void compoundsAreSplitSoPartsFindTheWhole() throws IOException {
        assertThat(terms(index, "truckkørsel")).contains("truck").containsAnyElementsOf(terms(query, "truck"));
        assertThat(terms(index, "lagerarbejde")).contains("lag").containsAnyElementsOf(terms(query, "lager"));
        assertThat(terms(index, "rengøringsarbejde")).containsAnyElementsOf(terms(query, "rengøring"));
    }

    @Test
    void inflectedFormsShareAStem() throws IOException {
        assertThat(terms(index, "oprydningen")).containsAll(terms(index, "oprydning"));
        assertThat(terms(index, "chaufførerne")).containsAll(terms(index, "chauffør"));
    }

    @Test
    void queriesExpandToSynonymsButIndexedTextDoesNot() throws IOException {
        assertThat(terms(query, "oprydning")).containsAll(terms(index, "rengøring"));
        assertThat(terms(query, "plukning")).containsAll(terms(index, "lager"));
        assertThat(terms(query, "chauffør")).containsAll(terms(index, "kørsel"));
        assertThat(terms(index, "oprydning")).doesNotContainAnyElementsOf(terms(index, "rengøring"));
    }

    @Test
    void danishStopWordsAreDropped() throws IOException {
        assertThat(terms(index, "og i på")).isEmpty();
    }

    private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
