package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.search.TextTerms;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The match score's parts for a placement that was made, by the matcher's own scorer: the bundle is
 * the one agreed, not the one the matcher would carve today, and the citizen's hours are the
 * profile's in full (the placement held them then; other placements held now are not subtracted).
 * For the offline weight evaluation, which compares weight sets on these parts; it never serves a
 * match, and the service's weights stay those of configuration.
 */
@Singleton
public class PlacementScorer {

    private final MatchWeights weights;
    private final MatchScorer scorer;

    PlacementScorer(MatchWeights weights, TextTerms terms, LiveConceptCredit credits) {
        this.weights = weights;
        // The vocabulary in force, as the service's matches use it (not the shipped file alone).
        this.scorer = new MatchScorer(weights, terms::of, credits);
    }

    /** The weights the service scores with. */
    public MatchWeights weights() {
        return weights;
    }

    /**
     * The parts for the citizen placed on these tasks of the need at these hours; empty when the
     * pair cannot be scored any more: none of the agreed tasks is still on the need, or the hours
     * the citizen and the need accept no longer overlap.
     */
    public Optional<PartScores> parts(Need need, Employer employer, Citizen citizen, List<String> taskIds,
                                      double hoursPerWeek) {
        List<Task> tasks = need.tasks().stream().filter(t -> taskIds.contains(t.id())).toList();
        if (tasks.isEmpty() || MatchRules.window(need, citizen).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(scorer.score(new MatchContext(need, employer, citizen), new Carving(tasks, hoursPerWeek))
                .parts());
    }
}
