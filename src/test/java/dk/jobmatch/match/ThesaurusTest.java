package dk.jobmatch.match;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThesaurusTest {

    @Test
    void theExtractHoldsEverydaySynonymsOfSingleWords() {
        List<Thesaurus.Entry> entries = Thesaurus.load(4);
        assertThat(entries).hasSizeGreaterThan(20_000);
        assertThat(entries).filteredOn(e -> e.head().equals("skrald"))
                .singleElement().satisfies(e -> assertThat(e.synonyms()).contains("affald"));
        // Single words only, lower case: the matcher compares analysed words.
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.head()).matches("[a-zæøåéü-]+");
            assertThat(e.synonyms()).allSatisfy(s -> assertThat(s).matches("[a-zæøåéü-]+"));
        });
    }

    @Test
    void fewerSensesKeepFewerEntries() {
        assertThat(Thesaurus.load(1)).allSatisfy(e -> assertThat(e.senses()).isEqualTo(1))
                .hasSizeLessThan(Thesaurus.load(4).size());
    }
}
