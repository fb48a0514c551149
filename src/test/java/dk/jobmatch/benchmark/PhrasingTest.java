package dk.jobmatch.benchmark;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trades data draws every word from its trades' concepts, as the vocabulary file spells them. */
class PhrasingTest {

    private final Phrasing.Trades trades = Phrasing.Trades.load();

    @Test
    void everyWordIsALabelOfItsKindAndMostComeFromOneOrTwoTrades() {
        Map<String, Set<String>> competenceTrades = tradesByLabel(trades.competences());
        Map<String, Set<String>> occupationTrades = tradesByLabel(trades.occupations());
        Random random = new Random(7);
        int entities = 2_000;
        int withinTwoTrades = 0;
        for (int i = 0; i < entities; i++) {
            Phrasing.Draw draw = trades.start(random);
            String occupation = draw.occupation();
            assertThat(occupationTrades).containsKey(occupation);
            Set<String> seen = new HashSet<>();
            for (int w = 0; w < 8; w++) {
                String competence = draw.competence();
                assertThat(competenceTrades).containsKey(competence);
                Set<String> of = competenceTrades.get(competence);
                if (!of.contains("general")) {
                    seen.addAll(of);
                }
            }
            // A label is one concept's, so one trade's: a draw's trade words span its one or two trades.
            withinTwoTrades += seen.size() <= 2 ? 1 : 0;
        }
        assertThat(withinTwoTrades).isEqualTo(entities);
    }

    @Test
    void theMainWorkOfATradeIsWrittenMoreOftenThanItsRareTasks() {
        Phrasing.Trades.Concepts cleaning = trades.competences().get("cleaning");
        Random random = new Random(11);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(cleaning.label(random), 1, Integer::sum);
        }
        List<String> first = cleaning.labels().getFirst();
        List<String> last = cleaning.labels().getLast();
        int firstCount = first.stream().mapToInt(l -> counts.getOrDefault(l, 0)).sum();
        int lastCount = last.stream().mapToInt(l -> counts.getOrDefault(l, 0)).sum();
        assertThat(firstCount).isGreaterThan(10 * Math.max(1, lastCount));
    }

    @Test
    void anUnknownKindOfDataIsRefused() {
        System.setProperty("bench.data", "everything");
        try {
            assertThatThrownBy(Phrasing::fromProperty).hasMessageContaining("words or trades");
        } finally {
            System.clearProperty("bench.data");
        }
    }

    private static Map<String, Set<String>> tradesByLabel(Map<String, Phrasing.Trades.Concepts> byTrade) {
        Map<String, Set<String>> trades = new HashMap<>();
        byTrade.forEach((trade, concepts) -> concepts.labels().forEach(labels -> labels.forEach(
                label -> trades.computeIfAbsent(label, l -> new HashSet<>()).add(trade))));
        return trades;
    }
}
