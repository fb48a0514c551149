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
        assertThat(terms(index, "lagerarbejde")).contains("lager").containsAnyElementsOf(terms(query, "lager"));
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
        // the synonym expansion still lets "fejningen" find a text that says "rengøring".
        assertThat(terms(index, "fejningen")).contains("fejning");
        assertThat(terms(query, "fejningen")).containsAnyElementsOf(terms(index, "rengøring"));
        assertThat(terms(index, "chaufførerne")).contains("chauffør");
    }

    @Test
    void compoundsSplitWhereTheDictionaryJoinsWordsAndInflectedPartsMeetTheirWord() throws IOException {
        // The dictionary finds "rengøring" + s + "assistenter" and reduces both to dictionary forms.
        assertThat(terms(index, "rengøringsassistenter"))
                .containsAll(terms(query, "rengøringsassistent"))
                .containsAnyElementsOf(terms(query, "rengøring"));
        assertThat(terms(index, "lagerarbejderen")).containsAll(terms(query, "lagerarbejder")).contains("lager");
        assertThat(terms(index, "kaffebrygningen")).containsAnyElementsOf(terms(query, "kaffe"));
    }

    @Test
    void aWordThatOnlyContainsAPartIsNoCompound() throws IOException {
        // The hand list's substring matching made "vask" a part of "vaskeri" and "opvasker";
        // the dictionary knows them as words of their own.
        assertThat(terms(index, "vaskeri")).doesNotContainAnyElementsOf(terms(query, "vask"));
        assertThat(terms(index, "opvasker")).doesNotContainAnyElementsOf(terms(query, "vask"));
        assertThat(terms(index, "forsikring")).containsExactly("forsikring");
    }

    @Test
    void inflectedFormsShareTheirDictionaryForm() throws IOException {
        assertThat(terms(index, "børnene")).isEqualTo(terms(query, "børn"));
        assertThat(terms(index, "lagerarbejderne")).contains("lagerarbejder");
    }

    @Test
    void synonymsExpandOnBothSides() throws IOException {
        assertThat(terms(query, "fejning")).containsAll(terms(query, "rengøring"));
        assertThat(terms(index, "rengøring")).containsAll(terms(query, "fejning"));
        // Tidying is part of every trade's work, not cleaning: no longer in the cleaning group.
        assertThat(terms(index, "oprydning")).doesNotContainAnyElementsOf(terms(query, "rengøring"));
        assertThat(terms(query, "plukning")).contains("lager");
        assertThat(terms(index, "lager")).contains("plukning");
        assertThat(terms(index, "kørsel")).contains("chauffør");
    }

    @Test
    void unrelatedSynonymGroupsShareNoTerms() throws IOException {
        // Compounds in synonym groups ("lagerarbejde", "havearbejde") must not join groups by a
        // shared generic part such as "arbejde".
        Set<String> cleaning = terms(query, "fejning");
        assertThat(terms(index, "truckkørsel")).doesNotContainAnyElementsOf(cleaning);
        assertThat(terms(index, "lager")).doesNotContainAnyElementsOf(cleaning);
        assertThat(terms(index, "havearbejde")).doesNotContainAnyElementsOf(cleaning);
    }

    @Test
    void theDictionaryIsPartOfTheAnalysisFingerprint() {
        // An index built with another dictionary (or none) is rebuilt at start-up.
        assertThat(factory.fingerprint()).isEqualTo(factory.fingerprint(DanishDictionary.shared().digest()));
        assertThat(factory.fingerprint()).isNotEqualTo(factory.fingerprint("another dictionary"));
    }

    @Test
    void danishStopWordsAreDropped() throws IOException {
        assertThat(terms(index, "og i på")).isEmpty();
    }

    @Test
    void everydayWordsWithAWorkWordsDictionaryFormAreDropped() throws IOException {
        // "mangler" (lacks) had the dictionary form of the laundry's mangle, "bag" (behind) baking's.
        assertThat(terms(index, "mangler bare erfaring bag kassen")).doesNotContain("mangle", "bage", "bare")
                .contains("erfaring");
        assertThat(terms(index, "mangle")).contains("mangle");
        assertThat(terms(index, "bage")).contains("bage");
    }

    @Test
    void aWordListedAsAnIrregularFormOfALongerWordButAlsoAWordOfItsOwnKeepsItself() throws IOException {
        // "bar" (the bar) is also the past tense of "bære": a bar's need must not meet "bære tungt".
        assertThat(terms(index, "bar")).contains("bar").doesNotContainAnyElementsOf(terms(query, "bære"));
        assertThat(terms(index, "sang")).contains("sang").doesNotContainAnyElementsOf(terms(query, "synge"));
        assertThat(terms(index, "smed")).contains("smed").doesNotContainAnyElementsOf(terms(query, "smide"));
        // A verb's imperative still reads as the verb ("lægger", its present tense, below).
        assertThat(terms(index, "sæt")).containsAll(terms(query, "sætte"));
        // A noun that is a regular verb's imperative too still meets the verb: "pluk" of the
        // warehouse synonyms meets "plukke ordrer", "vask" meets "vaske".
        assertThat(terms(index, "lager")).containsAnyElementsOf(terms(query, "plukke ordrer"));
        assertThat(terms(index, "vask")).containsAll(terms(query, "vaske"));
    }

    @Test
    void aCompoundRootTheWordLacksTheFirstPartOfReadsAsItsLastPart() throws IOException {
        // The dictionary lists "lægge" and "lægger" as forms of "kortlægge", "lagerne" of "våbenlager".
        assertThat(terms(index, "lægger")).containsAll(terms(query, "lægge")).containsAll(terms(query, "lagde"))
                .doesNotContain("kortlægge");
        assertThat(terms(index, "lagerne")).contains("lager").doesNotContain("våbenlager");
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        TextTerms.collect(analyzer, text, terms);
        return terms;
    }
}
