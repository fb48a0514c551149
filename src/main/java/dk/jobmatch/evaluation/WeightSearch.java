package dk.jobmatch.evaluation;

import dk.jobmatch.match.MatchWeights;
import dk.jobmatch.match.PartScores;
import dk.jobmatch.match.ScorePart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A suggested weight set: non-negative weights summing to 1, found by a small deterministic search
 * that maximises the AUC of the score on the replayed placements less a penalty for moving away
 * from the current weights (shrinkage): {@code AUC(w) - lambda * sum |w - current|} with
 * {@code lambda = SHRINKAGE / sqrt(min(good, bad))}, so a small sample moves the weights little
 * and a large one may move them further. Each move takes weight from one part and gives it to
 * another, trying every pair of parts and every amount on a grid of 0.01 (the AUC is a step
 * function of the weights, so small steps alone would stall on its flat stretches); the best
 * improving move is taken (the first in part order and the smallest amount on a tie), until no
 * move improves.
 */
final class WeightSearch {

    static final double SHRINKAGE = 0.5;
    private static final double GRID = 0.01;
    private static final int MAX_MOVES = 100;
    private static final double EPSILON = 1e-12;

    private final List<PartScores> good;
    private final List<PartScores> bad;
    private final Map<ScorePart, Double> start;
    private final double lambda;

    private WeightSearch(List<PartScores> good, List<PartScores> bad, MatchWeights current) {
        this.good = good;
        this.bad = bad;
        this.start = normalised(current);
        this.lambda = SHRINKAGE / Math.sqrt(Math.max(1, Math.min(good.size(), bad.size())));
    }

    /** The suggested weights for these placements, starting from (and shrunk toward) {@code current}. */
    static MatchWeights suggest(List<PartScores> good, List<PartScores> bad, MatchWeights current) {
        return new WeightSearch(good, bad, current).run();
    }

    /** The AUC of the score with these weights: good placements against bad ones. */
    static double auc(MatchWeights weights, List<PartScores> good, List<PartScores> bad) {
        return Auc.of(scores(weights, good), scores(weights, bad));
    }

    private MatchWeights run() {
        Map<ScorePart, Double> weights = new EnumMap<>(start);
        double best = objective(weights);
        for (int moves = 0; moves < MAX_MOVES; moves++) {
            Map<ScorePart, Double> bestMove = null;
            for (ScorePart from : ScorePart.values()) {
                for (ScorePart to : ScorePart.values()) {
                    for (int steps = 1; from != to && steps * GRID <= weights.get(from) + EPSILON; steps++) {
                        Map<ScorePart, Double> moved = new EnumMap<>(weights);
                        moved.put(from, onGrid(weights.get(from) - steps * GRID));
                        moved.put(to, onGrid(weights.get(to) + steps * GRID));
                        double value = objective(moved);
                        if (value > best + EPSILON) {
                            best = value;
                            bestMove = moved;
                        }
                    }
                }
            }
            if (bestMove == null) {
                break;
            }
            weights = bestMove;
        }
        return MatchWeights.of(weights);
    }

    private double objective(Map<ScorePart, Double> weights) {
        double distance = 0;
        for (ScorePart part : ScorePart.values()) {
            distance += Math.abs(weights.get(part) - start.get(part));
        }
        return auc(MatchWeights.of(weights), good, bad) - lambda * distance;
    }

    /** The current weights scaled to sum to 1, on the grid. */
    private static Map<ScorePart, Double> normalised(MatchWeights current) {
        double sum = current.asMap().values().stream().mapToDouble(Double::doubleValue).sum();
        Map<ScorePart, Double> weights = new EnumMap<>(ScorePart.class);
        current.asMap().forEach((part, weight) -> weights.put(part, onGrid(sum == 0 ? 1.0 / ScorePart.values().length
                : weight / sum)));
        return weights;
    }

    private static double onGrid(double weight) {
        return Math.max(0, Math.round(weight * 100) / 100.0);
    }

    private static double[] scores(MatchWeights weights, List<PartScores> placements) {
        return placements.stream().mapToDouble(p -> p.score(weights)).toArray();
    }
}
