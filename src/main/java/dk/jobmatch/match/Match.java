package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;

import java.util.List;

/** A proposed match: who, which tasks and hours, how good (score and fit tier), and why. */
record Match(Need need, Employer employer, Citizen citizen, Carving carving, double score, MatchFit fit,
             List<Explanation> explanation) {

    Match {
        explanation = List.copyOf(explanation);
    }
}
