package dk.jobmatch.match;

import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The trade mixes of the experiment "Trade affinity" (issue 24; measured, not kept), and why the cosine was not. */
class TradeMixTest {

    private static final Map<String, List<String>> TRADES = TradeMix.tradesOfWords(ConceptVocabulary.danish(),
            Fixtures.WORDS);
    private static final double ENOUGH = 2;

    private static TradeMix mix(String... texts) {
        List<PhraseCredit.Phrase> phrases = new ArrayList<>();
        for (String text : texts) {
            phrases.add(PhraseCredit.Phrase.of(text, Fixtures.WORDS.apply(text)));
        }
        return TradeMix.of(phrases, TRADES);
    }

    @Test
    void aWordCountsTowardsTheTradesWhoseLabelsUseIt() {
        assertThat(TRADES.get("skrald")).contains("recycling");
        assertThat(TRADES.get("plukke")).contains("warehouse");
        assertThat(TRADES.values()).allSatisfy(trades -> assertThat(trades).doesNotContain("general", "disco"));
    }

    @Test
    void aProfileOfTheNeedsTradeIsCloserThanOneOfANeighbouringTradeThoughNeitherSharesAWordWithTheNeed() {
        TradeMix need = mix("Sortering på affaldsanlæg", "Manuel sortering af pap og plastik");
        TradeMix recycler = mix("skille skrald ad", "Har stået ved båndet og taget skrald fra");
        TradeMix picker = mix("plukke varer", "Har plukket ordrer på et lager");
        assertThat(need.affinity(recycler)).isGreaterThan(need.affinity(picker));
        assertThat(need.coveredBy(recycler, ENOUGH)).isGreaterThan(need.coveredBy(picker, ENOUGH));
    }

    @Test
    void theCosineCanFallWhenTheCitizenGainsACompetenceTheNeedAsksForSoItBreaksTheScoresMonotonicity() {
        TradeMix need = mix("skrald", "plukke");
        TradeMix before = mix("skrald", "plukke");
        TradeMix after = mix("skrald", "plukke", "skrald");
        assertThat(need.affinity(after)).isLessThan(need.affinity(before));
        assertThat(need.coveredBy(after, ENOUGH)).isGreaterThanOrEqualTo(need.coveredBy(before, ENOUGH));
    }

    @Test
    void moreProfileNeverCoversLess() {
        String[] pool = {"rengøring", "opvask", "skrald", "pap", "plukke varer", "truck", "børn", "vaske tøj",
                "kassen i butikken", "plæneklipning", "have", "lager"};
        Random random = new Random(24);
        int raised = 0;
        for (int i = 0; i < 500; i++) {
            TradeMix need = mix(pool[random.nextInt(pool.length)], pool[random.nextInt(pool.length)]);
            List<String> profile = new ArrayList<>(List.of(pool[random.nextInt(pool.length)]));
            double before = need.coveredBy(mix(profile.toArray(String[]::new)), ENOUGH);
            profile.add(pool[random.nextInt(pool.length)]);
            double after = need.coveredBy(mix(profile.toArray(String[]::new)), ENOUGH);
            assertThat(after).isGreaterThanOrEqualTo(before).isLessThanOrEqualTo(1);
            raised += after > before ? 1 : 0;
        }
        assertThat(raised).as("the generator exercises the part").isGreaterThan(50);
    }
}
