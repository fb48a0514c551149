package dk.jobmatch.search;

import org.apache.lucene.analysis.Analyzer;
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
    void oneWordLabelsOfTheConceptVocabularySplitCompoundsToo() throws IOException {
        // "arkiv" and "kaffe" are labels in vocabulary/concepts-da.tsv, not in the parts list.
        assertThat(terms(index, "arkivmateriale")).containsAnyElementsOf(terms(query, "arkiv"));
        assertThat(terms(index, "kaffebar")).containsAnyElementsOf(terms(query, "kaffe"));
    }

    @Test
    void inflectedFormsShareAStem() throws IOException {
        // Synonyms match surface forms, so only the stem itself is shared; the indexed side of
        // the synonym expansion still lets "oprydningen" find a text that says "rengøring".
        assertThat(terms(index, "oprydningen")).contains("oprydning");
        assertThat(terms(query, "oprydningen")).containsAnyElementsOf(terms(index, "rengøring"));
        assertThat(terms(index, "chaufførerne")).contains("chauffør");
    }

    @Test
    void synonymsExpandOnBothSides() throws IOException {
        assertThat(terms(query, "oprydning")).containsAll(terms(query, "rengøring"));
        assertThat(terms(index, "rengøring")).containsAll(terms(query, "oprydning"));
        assertThat(terms(query, "plukning")).contains("lag");
        assertThat(terms(index, "lager")).contains("pluk");
        assertThat(terms(index, "kørsel")).contains("chauffør");
    }

    @Test
    void unrelatedSynonymGroupsShareNoTerms() throws IOException {
        // Compounds in synonym groups ("lagerarbejde", "havearbejde") must not join groups by a
        // shared generic part such as "arbejde".
        Set<String> cleaning = terms(query, "oprydning");
        assertThat(terms(index, "truckkørsel")).doesNotContainAnyElementsOf(cleaning);
        assertThat(terms(index, "lager")).doesNotContainAnyElementsOf(cleaning);
        assertThat(terms(index, "havearbejde")).doesNotContainAnyElementsOf(cleaning);
    }

    @Test
    void danishStopWordsAreDropped() throws IOException {
        assertThat(terms(index, "og i på")).isEmpty();
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        TextTerms.collect(analyzer, text, terms);
        return terms;
    }
}
