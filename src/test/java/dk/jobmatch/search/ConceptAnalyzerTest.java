package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptTerms;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Phrases to the concepts of vocabulary/concepts-da.tsv they name (issue 24). */
class ConceptAnalyzerTest {

    private static final AnalyzerFactory FACTORY = new AnalyzerFactory();
    private final Analyzer concepts = FACTORY.conceptAnalyzer();
    private final TextTerms terms = new TextTerms(FACTORY.indexAnalyzer(), FACTORY.conceptAnalyzer());

    @Test
    void aTradeTitleAndItsTaskWordsNameTheirConcepts() throws IOException {
        assertThat(terms(concepts, "pædagogmedhjælper")).containsExactly("@childcare.paedagogmedhjaelper");
        assertThat(terms(concepts, "Hospitalsportør")).containsExactly("@care.portoer");
        assertThat(terms(concepts, "Telefonist")).containsExactly("@office.omstillingsmedarbejder");
    }

    @Test
    void inflectedFormsOfALabelNameTheSameConcept() throws IOException {
        // The labels are stemmed as the text is: "vaske vinduer" / "vasker vinduerne".
        assertThat(terms(concepts, "vasker vinduerne")).containsExactly("@cleaning.vinduespudsning");
        assertThat(terms(concepts, "pudse vinduer")).containsExactly("@cleaning.vinduespudsning");
    }

    @Test
    void theLongestLabelWinsAndOneLabelIsOneToken() throws IOException {
        assertThat(terms(concepts, "lege med børnene")).containsExactly("@childcare.leg-med-boern");
        assertThat(terms(concepts, "græsslåning af grøftekanter")).containsExactly("@green.graesslaaning-af-groeftekanter");
    }

    @Test
    void anIndefiniteArticleDoesNotHideALabel() throws IOException {
        // "kundebetjening i butik" and "optælling på lager" are labels; people write the article.
        // Without it left out, the first read as customer contact and shop work, the second as
        // arithmetic and warehouse work: the label's own concept was lost.
        assertThat(terms(concepts, "kundebetjening i en butik")).containsExactly("@retail.ekspedition-af-kunder");
        assertThat(terms(concepts, "optælling på et lager")).containsExactly("@warehouse.lageroptaelling");
        assertThat(terms(concepts, "en")).isEmpty();
    }

    @Test
    void everydayWordsAreNotReadAsTheLabelsTheyStemLike() throws IOException {
        // A first-person profile wrote "jeg" in nearly every sentence, and it named the pallet lifter
        // (through the misspelt label "jegger"); "dem" named dementia, "bare" the bar, "ledige" leadership.
        assertThat(terms(concepts, "jeg har passet dem bare fordi jeg var ledig")).isEmpty();
        assertThat(terms(concepts, "ledige borgere med manglende erfaring")).isEmpty();
        // The labels they stemmed like still name their concepts.
        assertThat(terms(concepts, "jegger")).containsExactly("@warehouse.palleloefter");
        assertThat(terms(concepts, "demens")).containsExactly("@care.demens");
        assertThat(terms(concepts, "bar")).contains("@kitchen.bar-og-drinks");
        assertThat(terms(concepts, "leder")).containsExactly("@general.ledelse");
        assertThat(terms(concepts, "fald blandt ældre")).containsExactly("@care.forebyggelse-af-fald");
        // "resten" (the rest) stemmed as "rester", the kitchen's leftovers: "solgt resten som skrot".
        assertThat(terms(concepts, "resten af dagen")).isEmpty();
        assertThat(terms(concepts, "rester")).containsExactly("@kitchen.madspild");
    }

    @Test
    void aJobCentresOwnWordsAreNotLabelsOfTheWork() throws IOException {
        // Labels that meant the work elsewhere but the job centre's own matters in a consultant's
        // text: an offer of activation, the citizen's resources, a diagnosis, a role, a team.
        assertThat(terms(concepts, "tilbud om aktivering")).isEmpty();
        assertThat(terms(concepts, "ressourcer og diagnose")).isEmpty();
        assertThat(terms(concepts, "en rolle")).isEmpty();
        assertThat(terms(concepts, "godt i teams")).doesNotContain("@general.office-pakken");
        assertThat(terms(concepts, "microsoft teams")).containsExactly("@general.office-pakken");
    }

    @Test
    void aSentenceNamesEveryConceptInIt() throws IOException {
        assertThat(terms(concepts, "Vil gerne gøre rent og slå græs"))
                .contains("@cleaning.rengoering", "@green.graesslaaning");
    }

    @Test
    void aLabelNamesTheWorkNotThePeopleServedNorAnotherWordsStem() throws IOException {
        // The precision pass (docs/matching-quality.md): "hotelgæster" was a label of check-in, the
        // label "indkøber" stems to "indkøb", "parket" to "park", and "vinduespolering" was only the
        // title of DISCO group 9123.
        assertThat(terms(concepts, "morgenmad til hotelgæster")).containsExactly("@kitchen.morgenmad");
        assertThat(terms(concepts, "indkøb")).doesNotContain("@office.indkoebsassistent");
        assertThat(terms(concepts, "park")).containsExactly("@green.parkarbejde");
        assertThat(terms(concepts, "vinduespolering")).containsExactly("@cleaning.vinduespudsning");
    }

    @Test
    void wordsThatNameNoConceptGiveNoTokens() throws IOException {
        assertThat(terms(concepts, "xyzzy plugh")).isEmpty();
        assertThat(terms(concepts, "og i på")).isEmpty();
    }

    @Test
    void textTermsHoldTheWordsAndTheConcepts() {
        Set<String> portoer = terms.of("hospitalsportør");
        assertThat(portoer).contains("@care.portoer").anyMatch(term -> ConceptTerms.idOf(term) == null);
        assertThat(terms.of("sygehusportør")).contains("@care.portoer");
        assertThat(ConceptTerms.idOf(ConceptTerms.term("care.portoer"))).isEqualTo("care.portoer");
        assertThat(ConceptTerms.idOf("portør")).isNull();
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        TextTerms.collect(analyzer, text, terms);
        return terms;
    }
}
