package dk.jobmatch.match;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * How much each part of the score counts (application.yml, {@code jobmatch.match.weights}). The
 * score is the weighted mean of the parts that apply to the pair, so it stays in [0, 1].
 */
@ConfigurationProperties("jobmatch.match.weights")
record MatchWeights(double text, double competence, double jobGoal, double taskShare, double hours,
                    double distance, double flexibility, double company) {
}
