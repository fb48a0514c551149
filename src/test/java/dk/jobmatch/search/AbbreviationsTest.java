package dk.jobmatch.search;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Words written as abbreviations read as the words they stand for (issue 24, abbreviations). */
class AbbreviationsTest {

    private static final Abbreviations SHIPPED = Abbreviations.of(AnalyzerFactory.read("search/abbreviations-da.txt"),
            ConceptVocabulary.danish(), Set.of());

    private final TextTerms terms = PureAnalysis.textTerms();

    @Test
    void aListedAbbreviationIsReadOnItsOwnAfterAHyphenAndAtTheEndOfACompound() {
        assertThat(SHIPPED.expanded("tlf")).isEqualTo("telefon");
        assertThat(SHIPPED.expanded("SOSU-hj")).isEqualTo("sosu-hjælper");
        assertThat(SHIPPED.expanded("rengøringsass")).isEqualTo("rengøringsassistent");
        assertThat(SHIPPED.expanded("chaufførmedhj")).isEqualTo("chaufførmedhjælper");
        // The concept analysis and the index read them so, with the period.
        assertThat(terms.concepts("SOSU-hj.")).isNotEmpty().isEqualTo(terms.concepts("SOSU-hjælper"));
        assertThat(terms.concepts("rengøringsass.")).isNotEmpty().isEqualTo(terms.concepts("rengøringsassistent"));
        assertThat(terms.concepts("pæd.medhj.")).isNotEmpty().containsAll(terms.concepts("pædagogmedhjælper"));
        assertThat(terms.concepts("tlf./adm.")).containsAll(terms.concepts("administrativ")).isNotEmpty();
        assertThat(terms.of("chaufførmedhj.")).isEqualTo(terms.of("chaufførmedhjælper"));
    }

    @Test
    void anUnknownWordIsReadAsTheOneVocabularyWordItBegins() {
        ConceptVocabulary one = ConceptVocabulary.parse(
                "green.a\tCOMPETENCE\tflumsedimst\t-\tflumsedimster | flumsedimsten\n", "one");
        Abbreviations reading = Abbreviations.of("", one, Set.of());
        assertThat(reading.expanded("flumsed")).as("the word and its longer forms").isEqualTo("flumsedimst");
        assertThat(reading.expanded("sosu-flumsed")).as("after a hyphen").isEqualTo("sosu-flumsedimst");
        assertThat(reading.expanded("rengøringsflumsed")).as("inside a compound only the list is read").isNull();
        assertThat(reading.expanded("flum")).isEqualTo("flumsedimst");
        assertThat(reading.expanded("flu")).as("three letters are never guessed at").isNull();
        assertThat(reading.expanded("xyzflumsed")).as("a compound whose start is no word").isNull();
    }

    @Test
    void onlyAReadingByTheWordItBeginsIsAGuess() {
        ConceptVocabulary one = ConceptVocabulary.parse(
                "green.a\tCOMPETENCE\tflumsedimst\t-\tflumsedimster | flumsedimsten\n", "one");
        Abbreviations reading = Abbreviations.of("medhj\tmedhjælper\n", one, Set.of());
        assertThat(reading.guessed("Flumsed")).isEqualTo("flumsedimst");
        assertThat(reading.guessed("sosu-flumsed")).isEqualTo("sosu-flumsedimst");
        // The list's readings are certain, on their own, after a hyphen and ending a compound.
        assertThat(reading.guessed("medhj")).isNull();
        assertThat(reading.guessed("sosu-medhj")).isNull();
        assertThat(reading.guessed("rengøringsmedhj")).isNull();
        assertThat(reading.expanded("rengøringsmedhj")).isEqualTo("rengøringsmedhjælper");
        assertThat(reading.guessed("flu")).isNull();
    }

    @Test
    void theGuessesOfATextAreToldWithTheirPeriodAndNotAlsoAsMisspellings() {
        assertThat(terms.abbreviationsGuessed("Receptio. og tlf.")).containsExactly(entry("receptio.", "reception"));
        assertThat(terms.abbreviationsGuessed("SOSU-hj. og chaufførmedhj.")).isEmpty();
        assertThat(terms.abbreviationsGuessed("Receptio uden punktum")).isEmpty();
        assertThat(terms.readAs("Receptio.")).isEmpty();
    }

    @Test
    void twoVocabularyWordsBegunAlikeAreLeftAsWritten() {
        ConceptVocabulary two = ConceptVocabulary.parse(
                "green.a\tCOMPETENCE\tflumsedimst\t-\t\ngreen.b\tCOMPETENCE\tflumsedork\t-\t\n", "two");
        assertThat(Abbreviations.of("", two, Set.of()).expanded("flumsed")).isNull();
        assertThat(Abbreviations.of("", two, Set.of()).expanded("flumsedi")).isEqualTo("flumsedimst");
    }

    @Test
    void aKnownWordIsNeverReadAsAnotherAndNothingIsReadWithoutAPeriod() {
        // A label word or a dictionary word that ends a sentence stays as written.
        assertThat(SHIPPED.expanded("lager")).isNull();
        assertThat(SHIPPED.expanded("rengøring")).isNull();
        assertThat(SHIPPED.expanded("kantine")).isNull();
        assertThat(DanishDictionary.shared().hunspell().spell("pakke")).isTrue();
        assertThat(SHIPPED.expanded("pakke")).isNull();
        // A place name ending a sentence is not split into a short word and the start of a label word.
        assertThat(SHIPPED.expanded("horsens")).isNull();
        assertThat(terms.of("Lagerarbejder i Horsens.")).isEqualTo(terms.of("Lagerarbejder i Horsens"));
        assertThat(terms.concepts("Har arbejdet på lager.")).isEqualTo(terms.concepts("Har arbejdet på lager"));
        assertThat(terms.of("Har arbejdet på lager.")).isEqualTo(terms.of("Har arbejdet på lager"));
        // Without its period an abbreviation is a word like any other.
        assertThat(terms.concepts("køkkenmedhj")).doesNotContainAnyElementsOf(terms.concepts("køkkenmedhjælper"));
        assertThat(terms.of("tlf og adm")).containsExactlyInAnyOrder("tlf", "adm");
    }

    @Test
    void noListedAbbreviationIsADanishWord() {
        assertThat(SHIPPED.listed()).hasSizeGreaterThan(10);
        for (String abbreviation : SHIPPED.listed()) {
            assertThat(SHIPPED.isDanishWord(abbreviation)).as(abbreviation).isFalse();
        }
    }

    @Test
    void offsetsStillPointIntoTheTextAsWritten() throws IOException {
        String text = "Erf. som SOSU-hj. og chaufførmedhj.";
        assertThat(tokens(text)).containsExactly("erfaring 0-3", "som 5-8", "sosu 9-13", "hjælper 14-16", "og 18-20",
                "chaufførmedhjælper 21-34");
        assertThat(tokens("pæd.medhj. tlf./adm.")).containsExactly("pædagog 0-3", "medhjælper 4-9", "telefon 11-14",
                "administrativ 16-19");
    }

    private static List<String> tokens(String text) throws IOException {
        Analyzer analyzer = new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new AbbreviationCharFilter(reader, SHIPPED);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source);
            }
        };
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        return tokens;
    }
}
