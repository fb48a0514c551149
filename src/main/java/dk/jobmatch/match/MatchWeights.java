package dk.jobmatch.match;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How much each part of the score counts (application.yml, {@code jobmatch.match.weights}). The
 * score is the weighted mean of the parts that apply to the pair, so it stays in [0, 1]. The ratio
 * of {@code hours} to {@code taskFit} also decides which tasks are carved: the carving maximises
 * their sum (docs/matching-quality.md).
 */
@ConfigurationProperties("jobmatch.match.weights")
record MatchWeights(double competence, double jobGoal, double taskFit, double hours, double distance,
                    double flexibility, double company) {
}
