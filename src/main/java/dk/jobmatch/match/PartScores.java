package dk.jobmatch.match;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The parts of one pair's score that apply to it, each in [0, 1]: distance is absent without both
 * locations, company fit for a citizen without a wish for calm. The score is their weighted mean
 * ({@link #score}), the one formula the matcher and the offline weight evaluation share.
 */
public record PartScores(Map<ScorePart, Double> values) {

    public PartScores {
        EnumMap<ScorePart, Double> clamped = new EnumMap<>(ScorePart.class);
        values.forEach((part, value) -> clamped.put(part, Math.max(0, Math.min(1, value))));
        values = Collections.unmodifiableMap(clamped);
    }

    /** The weighted mean of the parts that apply (summed in part order), 0 when no weight applies. */
    public double score(MatchWeights weights) {
        double weighted = 0;
        double totalWeight = 0;
        for (Map.Entry<ScorePart, Double> part : values.entrySet()) {
            double weight = weights.of(part.getKey());
            weighted += weight * part.getValue();
            totalWeight += weight;
        }
        return totalWeight == 0 ? 0 : weighted / totalWeight;
    }
}
