package dk.jobmatch.evaluation;

import dk.jobmatch.match.MatchWeights;
import dk.jobmatch.match.PartScores;
import dk.jobmatch.match.ScorePart;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The suggested weights: a valid weight set, moved toward the part that tells the outcomes apart,
 * and shrunk toward the current weights when there are few placements.
 */
class WeightSearchTest {

    private static final MatchWeights CURRENT = new MatchWeights(0.28, 0.15, 0.22, 0.06, 0.07, 0.07, 0.07, 0.08);

    @Test
    void weightMovesTowardThePartThatSeparatesAndTheSetStaysValid() {
        List<PartScores> good = placements(30, 0.9, true);
        List<PartScores> bad = placements(30, 0.2, false);
        MatchWeights suggested = WeightSearch.suggest(good, bad, CURRENT);

        assertThat(suggested.asMap().values()).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(0));
        assertThat(suggested.asMap().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-9));
        assertThat(suggested.distance()).isGreaterThan(CURRENT.distance());
        assertThat(WeightSearch.auc(suggested, good, bad)).isGreaterThan(WeightSearch.auc(CURRENT, good, bad));
        assertThat(WeightSearch.suggest(good, bad, CURRENT)).as("deterministic").isEqualTo(suggested);
    }

    @Test
    void morePlacementsMayMoveTheWeightsFurther() {
        MatchWeights few = WeightSearch.suggest(placements(20, 0.9, true), placements(20, 0.2, false), CURRENT);
        MatchWeights many = WeightSearch.suggest(placements(400, 0.9, true), placements(400, 0.2, false), CURRENT);
        assertThat(distanceFromCurrent(many)).isGreaterThanOrEqualTo(distanceFromCurrent(few));
    }

    @Test
    void withoutSignalTheWeightsStay() {
        List<PartScores> same = placements(30, 0.5, true);
        assertThat(WeightSearch.suggest(same, placements(30, 0.5, true), CURRENT)).isEqualTo(CURRENT);
    }

    /**
     * Placements whose distance part is {@code distance}; competence and task fit alternate 0 and 1,
     * in the opposite phase for good and bad ones, so at the current weights they blur the score.
     */
    private static List<PartScores> placements(int count, double distance, boolean good) {
        List<PartScores> placements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double fit = (i % 2 == 0) == good ? 0 : 1;
            Map<ScorePart, Double> parts = new EnumMap<>(ScorePart.class);
            for (ScorePart part : ScorePart.values()) {
                parts.put(part, 0.5);
            }
            parts.put(ScorePart.COMPETENCE, fit);
            parts.put(ScorePart.TASK_FIT, fit);
            parts.put(ScorePart.DISTANCE, distance);
            placements.add(new PartScores(parts));
        }
        return placements;
    }

    private static double distanceFromCurrent(MatchWeights weights) {
        return weights.asMap().entrySet().stream().mapToDouble(e -> Math.abs(e.getValue() - CURRENT.of(e.getKey())))
                .sum();
    }
}
