package dk.jobmatch.search;

import dk.jobmatch.support.MutableVocabulary;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The concepts a phrase names: by the concept analysis, and by a compound's last part as the index's decompounder splits it. */
class TextTermsConceptsTest {

    private final TextTerms terms = PureAnalysis.textTerms();

    @Test
    void aCompoundNamesTheConceptsOfItsLastPartAsTheDictionarySplitsIt() {
        assertThat(ConceptVocabulary.danish().lookup("tagrengøringen")).isEmpty();
        assertThat(DanishTextAnalyzer.compounds().lastPartAsWritten("tagrengøringen")).isEqualTo("rengøringen");
        assertThat(terms.concepts("tagrengøringen")).contains("cleaning.rengoering");
        // Inflected as written: the last part "udflugter" is read as the label, as the index reads it.
        assertThat(terms.concepts("skoleudflugter")).containsExactly("childcare.lejrskole-og-ture");
    }

    @Test
    void aWordWithAConceptOfItsOwnOrAParticleInFrontIsNoKindOfItsLastPart() {
        // "vej" + "ledning" is guidance, not wiring; "bil" + "pleje" is car care, not care work.
        assertThat(DanishTextAnalyzer.compounds().lastPartAsWritten("vejledning")).isEqualTo("ledning");
        assertThat(terms.concepts("vejledning")).containsExactly("office.information-og-vejledning");
        assertThat(terms.concepts("bilpleje")).noneMatch(id -> id.startsWith("care."));
        // "til" + "bage" is an adverb, not baking, though "bage" is a label.
        assertThat(DanishTextAnalyzer.compounds().lastPartAsWritten("tilbage")).isEqualTo("bage");
        assertThat(terms.concepts("bage")).isNotEmpty();
        assertThat(terms.concepts("tilbage")).isEmpty();
    }

    @Test
    void aSplitThatCutsAnInflectionEndingIntoTheLastPartIsNoKindOfIt() {
        // The fewest parts that are words: "sår" + "bare" ("bare" read as "bar", a bar), "spil" +
        // "lede"; the dictionary reads the whole words as "sårbar" and "spille" with an ending.
        assertThat(DanishTextAnalyzer.compounds().lastPartAsWritten("sårbare")).isEqualTo("bare");
        assertThat(terms.concepts("sårbare")).isEmpty();
        assertThat(terms.concepts("psykisk sårbare")).contains("care.psykiatri").noneMatch(id -> id.startsWith("kitchen."));
        assertThat(DanishTextAnalyzer.compounds().lastPartAsWritten("spillede")).isEqualTo("lede");
        assertThat(terms.concepts("spillede")).isEmpty();
        // A compound the dictionary knows whole, ending in its last part, still is a kind of it.
        assertThat(terms.concepts("skoleudflugterne")).containsExactly("childcare.lejrskole-og-ture");
    }

    @Test
    void careIsOneOfTheSensesOfPlejeAsALastPart() {
        // "pleje" is care of people, and upkeep of things and plants: the first part decides, which
        // the split cannot read, so the compounds the vocabulary writes in its labels are labels.
        assertThat(terms.concepts("værktøjspleje")).containsExactly("auto.vaerkstedsoprydning-og-vaerktoejspleje");
        assertThat(terms.concepts("blomsterpleje")).containsExactly("green.potteplanter-og-blomsterpleje");
        assertThat(terms.concepts("sygepleje")).contains("care.omsorgsarbejde");
        assertThat(terms.concepts("personlig pleje")).contains("care.personlig-pleje");
    }

    @Test
    void everydayWordsNameNoConcept() {
        // Labels that stemmed to common words ("værelser" to "være", "haven" to "have", "toget" to
        // "tog") or were words of many trades ("fylder", "samler", "biler") made every text name the work.
        for (String word : List.of("være", "været", "have", "tog", "siden", "ordne", "fylde", "samle", "rense", "feje",
                "station", "biler", "papir", "døren", "vand", "aflevering", "opsætning", "aktiviteter", "bagage")) {
            assertThat(terms.concepts(word)).as(word).isEmpty();
        }
    }

    @Test
    void sortingIsAGeneralCompetenceAndAMealDriverATrade() {
        // "sortere", "sorterer" (present tense, once a recycling title) and "tekstilsortering" (laundry
        // or second-hand textiles) name sorting, not one trade's sorting.
        assertThat(terms.concepts("sortere")).containsExactly("general.sortering");
        assertThat(terms.concepts("sorterer")).noneMatch(id -> id.startsWith("recycling."));
        assertThat(terms.concepts("tekstilsortering")).noneMatch(id -> id.startsWith("recycling."));
        assertThat(terms.concepts("affaldssortering")).containsExactly("recycling.affaldssortering");
        assertThat(terms.concepts("madchauffør")).containsExactly("transport.madchauffoer");
    }

    @Test
    void everydayTaskWordsNameTheirWorkAndBareThingsNoOneTrade() {
        // Task words as needs write them (twelfth session): a bare "omdeling" is a round of
        // newspapers and flyers, as a bare "omdeler" is their deliverer; chain and tube are a bicycle's.
        assertThat(terms.concepts("Omdeling i fast distrikt")).contains("transport.avisomdeling");
        assertThat(terms.concepts("Kædeskift")).containsExactly("crafts.cykelreparation");
        assertThat(terms.concepts("Slangelapning")).containsExactly("crafts.cykelreparation");
        assertThat(terms.concepts("Grøntsagssnitning")).containsExactly("kitchen.groentsagsklargoering");
        assertThat(terms.concepts("Medhjælper på distributionsbil")).contains("transport.chauffoermedhjaelper-job");
        // Tiles, gates, bags and hygiene belong to several trades: washing tiles is no paving,
        // bread bags are no point-of-sale system, a food worker's hygiene is no care work.
        assertThat(terms.concepts("Afvaskning af brusere og fliser")).noneMatch(id -> id.startsWith("green."));
        assertThat(terms.concepts("Lægge brød i poser")).doesNotContain("general.kassesystemer");
        assertThat(terms.concepts("Montering af skabe og låger")).noneMatch(id -> id.startsWith("green."));
        assertThat(terms.concepts("kender hygiejnen")).noneMatch(id -> id.startsWith("care."));
        assertThat(terms.concepts("Overfladerens")).containsExactly("cleaning.stoevaftoerring");
        assertThat(terms.concepts("Græsslåning og banepleje")).noneMatch(id -> id.startsWith("care."));
        // "filter" stemmed as the wallpaper "filt"; snacks and games are every trade's with children or the old.
        assertThat(terms.concepts("filter skift")).noneMatch(id -> id.startsWith("crafts."));
        assertThat(terms.concepts("lavet mellemmåltid")).doesNotContain("care.ernaering-for-aeldre");
        assertThat(terms.concepts("Spil og samtale med pensionister")).noneMatch(id -> id.startsWith("childcare."));
        // The compounds and phrases keep their concepts.
        assertThat(terms.concepts("lægge fliser")).contains("green.fliselaegning");
        assertThat(terms.concepts("pos-system")).contains("general.kassesystemer");
        assertThat(terms.concepts("havelåge")).contains("green.hegn-og-plankevaerk");
    }

    @Test
    void informalPhrasesNameTheWorkTheyTellOf() {
        // Second recognition pass (twelfth session): social contact, the lorry's mate, a conference
        // room made ready, old things given new life, as citizens and consultants write them.
        assertThat(terms.concepts("snakke med de gamle")).containsExactly("care.samvaer-og-social-kontakt");
        assertThat(terms.concepts("Være sammen med ældre")).containsExactly("care.samvaer-og-social-kontakt");
        assertThat(terms.concepts("Spil, højtlæsning og samtale med pensionister")).contains("care.samvaer-og-social-kontakt");
        assertThat(terms.concepts("Makker på en lastbil")).containsExactly("transport.chauffoermedhjaelper-job");
        assertThat(terms.concepts("gøre sale klar til fester")).contains("hotel.opsaetning-af-konferencelokaler");
        assertThat(terms.concepts("lokaleopstilling")).containsExactly("hotel.opsaetning-af-konferencelokaler");
        assertThat(terms.concepts("Konferencemedhjælper")).containsExactly("hotel.konferencemedarbejder");
        assertThat(terms.concepts("skille skrald ad")).containsExactly("recycling.affaldssortering");
        assertThat(terms.concepts("Give gamle sager nyt liv")).containsExactly("recycling.istandsaettelse-af-genbrugsting");
        assertThat(terms.concepts("Fikse gamle stole")).containsExactly("recycling.istandsaettelse-af-genbrugsting");
        assertThat(terms.concepts("Medicinpåmindelse")).containsExactly("care.medicinhaandtering");
    }

    @Test
    void bareThingsOfSeveralTradesNameNoOneTrade() {
        // Metal is sorted at a recycling site as it is worked in a factory; shoes are worn at work
        // ("hvide sko", "sikkerhedssko") as they are sold in a shop. The trades' phrases keep them.
        assertThat(terms.concepts("Sortering af pap, metal og haveaffald")).noneMatch(id -> id.startsWith("manufacturing."));
        assertThat(terms.concepts("Har hvide sko og kender hygiejnen")).noneMatch(id -> id.startsWith("retail."));
        assertThat(terms.concepts("metalindustri")).containsExactly("manufacturing.metalindustri");
        assertThat(terms.concepts("skobutik")).containsExactly("retail.tekstil-og-sko");
    }

    @Test
    void linenRoundsAndTheNurseryRoomNameTheirWork() {
        // Carting bedding round a hospital and bringing the soiled linen back is linen delivery;
        // a "småbørnsstue" is the nursery's room of an integrated institution.
        assertThat(terms.concepts("køre vogne med sengetøj")).contains("laundry.linnedudbringning");
        assertThat(terms.concepts("Returlinned")).containsExactly("laundry.linnedudbringning");
        assertThat(terms.concepts("Medhjælper på småbørnsstue")).contains("childcare.vuggestue");
        assertThat(terms.concepts("soverutiner")).containsExactly("childcare.soevn-og-lur");
    }

    @Test
    void noSplitNoShortLastPartAndNoNonsenseNamesAConcept() {
        // The dictionary knows no "akku", so neither the index nor this splits the word.
        assertThat(DanishTextAnalyzer.compounds().split("akkuskruemaskine")).isEmpty();
        // It names its concept by its own label only.
        assertThat(terms.concepts("akkuskruemaskine")).containsExactly("crafts.vaerktoejskendskab");
        // "skylle" + "rum": "rum" is also the stem of "rummelighed", so a last part under four letters does not count.
        assertThat(DanishTextAnalyzer.compounds().lastPartAsWritten("skyllerum")).isEqualTo("rum");
        assertThat(terms.concepts("skyllerum")).isEmpty();
        assertThat(terms.concepts("flumsrengøring")).isEmpty();
        assertThat(terms.concepts("flumsedims")).isEmpty();
        assertThat(terms.concepts(" ")).isEmpty();
    }

    @Test
    void theCachedConceptsFollowTheAnalysisInForce() {
        ConceptVocabulary base = ConceptVocabulary.danish();
        MutableVocabulary vocabulary = new MutableVocabulary(base);
        CurrentAnalysis analysis = new CurrentAnalysis(vocabulary);
        TextTerms live = new TextTerms(analysis);
        assertThat(live.concepts("gulvmoppning")).isEmpty();

        vocabulary.set(base.with(new Concept("cleaning.test-concepts", ConceptType.COMPETENCE, "gulvmoppning",
                List.of(), Optional.empty())));
        assertThat(live.concepts("gulvmoppning")).as("until the index is rebuilt with it").isEmpty();
        analysis.use(analysis.next().orElseThrow());

        assertThat(live.concepts("gulvmoppning")).containsExactly("cleaning.test-concepts");
    }
}
