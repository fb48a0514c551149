package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;

import java.util.List;

/**
 * A proposed match: who, which tasks and hours, how good (score, its parts and fit tier), and why;
 * and whether the citizen is already in process elsewhere (which orders the list, never the score).
 */
record Match(Need need, Employer employer, Citizen citizen, Carving carving, double score, PartScores parts,
             MatchFit fit, List<Explanation> explanation, boolean inProcess) {

    Match {
        explanation = List.copyOf(explanation);
    }

    /** A match as the scorer makes it: of the pair alone, nothing yet known of other processes. */
    Match(Need need, Employer employer, Citizen citizen, Carving carving, double score, PartScores parts,
          MatchFit fit, List<Explanation> explanation) {
        this(need, employer, citizen, carving, score, parts, fit, explanation, false);
    }

    Match withInProcess(boolean value) {
        return value == inProcess ? this : new Match(need, employer, citizen, carving, score, parts, fit, explanation,
                value);
    }

    /**
     * What orders a match within its fit tier: the score, less {@code demotion} for a citizen in
     * process ({@link MatchService#IN_PROCESS_DEMOTION} when served), so they rank below otherwise
     * equal ones (and below slightly weaker ones) without the score itself changing.
     */
    double rankingScore(double demotion) {
        return inProcess ? score - demotion : score;
    }
}
