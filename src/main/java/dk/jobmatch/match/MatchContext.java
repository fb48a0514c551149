package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.Place;

/**
 * One need, its employer and one citizen, with the text relevance the index found between them
 * (BM25 scaled to [0, 1] within the candidate list).
 */
record MatchContext(Need need, Employer employer, Citizen citizen, double textRelevance) {

    Place workplace() {
        return employer == null ? null : employer.place();
    }
}
