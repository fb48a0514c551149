package dk.jobmatch.evaluation;

import dk.jobmatch.match.MatchWeights;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One run of the weight evaluation: how the placements were labelled and which were left out, the
 * AUC of the score and of each part with its interval, and either a suggested weight set or the
 * reason none is suggested. Aggregates only: no citizen, need or agreement is named.
 *
 * @param outcomes     every placement by outcome, labelled or not
 * @param citizenGone  labelled placements whose citizen's profile could not be read (erased between
 *                     the two reads: an erasure deletes the citizen's agreements with the profile, so
 *                     placements of citizens erased before the run are not there to count)
 * @param needGone     labelled placements whose need is gone
 * @param notScorable  labelled placements the scorer could not score again (no agreed task left on
 *                     the need, or the citizen's and the need's hours no longer overlap)
 * @param score        the AUC of the score with the current weights
 * @param parts        the AUC of each part, over the placements it applies to
 * @param suggestion   the suggested weights, or null with {@code refusal} saying why
 */
public record Evaluation(LocalDate asOf, Map<Outcome, Integer> outcomes, int citizenGone, int needGone, int notScorable,
                         MatchWeights current, Measure score, List<Measure> parts, int minimumPerClass,
                         @Nullable Suggestion suggestion, @Nullable String refusal) {

    public Evaluation {
        outcomes = Map.copyOf(outcomes);
        parts = List.copyOf(parts);
    }

    /** An AUC over {@code good} and {@code bad} placements, with its 95 % bootstrap interval. */
    public record Measure(String name, int good, int bad, double auc, double low, double high) {
    }

    /** A suggested weight set and the score's AUC on the replayed placements with it. */
    public record Suggestion(MatchWeights weights, double auc, double lambda) {
    }
}
