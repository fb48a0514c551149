package dk.jobmatch.match;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much each part of the score counts (application.yml, {@code jobmatch.match.weights}). The
 * score is the weighted mean of the parts that apply to the pair, so it stays in [0, 1]. The ratio
 * of {@code hours} to {@code taskFit} also decides which tasks are carved: the carving maximises
 * their sum (docs/matching-quality.md). The service reads them from configuration only; the offline
 * weight evaluation builds others with {@link #of(Map)} to compare, never to serve.
 */
@ConfigurationProperties("jobmatch.match.weights")
public record MatchWeights(double competence, double jobGoal, double taskFit, double hours, double distance,
                           double flexibility, double company, double text) {

    /** The weight of one part. */
    public double of(ScorePart part) {
        return switch (part) {
            case COMPETENCE -> competence;
            case JOB_GOAL -> jobGoal;
            case TASK_FIT -> taskFit;
            case HOURS -> hours;
            case DISTANCE -> distance;
            case FLEXIBILITY -> flexibility;
            case COMPANY -> company;
            case TEXT -> text;
        };
    }

    /** Weights by part; a part left out weighs 0. */
    public static MatchWeights of(Map<ScorePart, Double> weights) {
        return new MatchWeights(weights.getOrDefault(ScorePart.COMPETENCE, 0.0),
                weights.getOrDefault(ScorePart.JOB_GOAL, 0.0), weights.getOrDefault(ScorePart.TASK_FIT, 0.0),
                weights.getOrDefault(ScorePart.HOURS, 0.0), weights.getOrDefault(ScorePart.DISTANCE, 0.0),
                weights.getOrDefault(ScorePart.FLEXIBILITY, 0.0), weights.getOrDefault(ScorePart.COMPANY, 0.0),
                weights.getOrDefault(ScorePart.TEXT, 0.0));
    }

    /** Every part's weight, in part order. */
    public Map<ScorePart, Double> asMap() {
        Map<ScorePart, Double> map = new EnumMap<>(ScorePart.class);
        for (ScorePart part : ScorePart.values()) {
            map.put(part, of(part));
        }
        return Collections.unmodifiableMap(map);
    }
}
