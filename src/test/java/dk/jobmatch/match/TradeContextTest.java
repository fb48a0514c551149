package dk.jobmatch.match;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A general competence joined by a shared word to a phrase of another trade (issue 24): the trades
 * of the general side's context decide whether the word counts fully. The phrases' terms are
 * written out as the Danish analysis makes them, so the rule is tested alone.
 */
class TradeContextTest {

    private static final PhraseCredit.Phrase SORTING = phrase("sortering", Set.of("sortering"), "general.sortering");
    private static final PhraseCredit.Phrase WASTE = phrase("affaldssortering",
            Set.of("affaldssortering", "affald", "sortering"), "recycling.affaldssortering");
    private static final PhraseCredit.Phrase FREE = phrase("har sorteret affald", Set.of("sortering", "affald"));

    private final PhraseCredit credit = new PhraseCredit(ConceptCredit.danish());

    private static PhraseCredit.Phrase phrase(String text, Set<String> words, String... concepts) {
        return new PhraseCredit.Phrase(text, words, List.of(concepts));
    }

    private double of(PhraseCredit.Phrase wanted, PhraseCredit.Phrase own, TradeContext context) {
        return context.weigh(credit.of(wanted, own), wanted, own).share();
    }

    @Test
    void aGeneralCompetenceWantedByOneTradeCountsHalfFromAnotherTradesPhrase() {
        // The laundry's "sortering" against the recycling centre's "affaldssortering".
        assertThat(credit.of(SORTING, WASTE)).isEqualTo(PhraseCredit.Credit.FULL);
        assertThat(of(SORTING, WASTE, new TradeContext(Set.of("laundry"), Set.of("recycling"))))
                .isEqualTo(TradeContext.ELSEWHERE);
        // The need names recycling work itself: the word counts fully.
        assertThat(of(SORTING, WASTE, new TradeContext(Set.of("laundry", "recycling"), Set.of()))).isEqualTo(1);
    }

    @Test
    void aGeneralCompetenceOfTheProfileCountsHalfForAnotherTradesWantedPhrase() {
        assertThat(of(WASTE, SORTING, new TradeContext(Set.of("recycling"), Set.of("laundry"))))
                .isEqualTo(TradeContext.ELSEWHERE);
        assertThat(of(WASTE, SORTING, new TradeContext(Set.of("recycling"), Set.of("recycling")))).isEqualTo(1);
    }

    @Test
    void withoutATradeOrAConceptOnEitherSideTheWordDecidesAsBefore() {
        assertThat(of(SORTING, WASTE, TradeContext.NONE)).isEqualTo(1);
        assertThat(of(SORTING, FREE, new TradeContext(Set.of("laundry"), Set.of()))).isEqualTo(1);
        assertThat(of(SORTING, SORTING, new TradeContext(Set.of("laundry"), Set.of("recycling")))).isEqualTo(1);
    }

    @Test
    void theTradesOfConceptsLeaveOutGeneralCompetencesAndDiscoGroups() {
        assertThat(TradeContext.trades(List.of("general.sortering", "disco.9612", "laundry.foldning",
                "recycling.affaldssortering"))).containsExactly("laundry", "recycling");
    }

    @Test
    void aProfileThatGainsTheOtherTradeCanOnlyGain() {
        // Monotone: a competence added to the profile adds trades, which can only lift the half to full.
        double before = of(WASTE, SORTING, new TradeContext(Set.of("recycling"), Set.of("laundry")));
        double after = of(WASTE, SORTING, new TradeContext(Set.of("recycling"), Set.of("laundry", "recycling")));
        assertThat(after).isGreaterThanOrEqualTo(before);
    }
}
