package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.Place;

/**
 * One need, its employer and one citizen: all a score depends on. The index's relevance is left out
 * on purpose; it depends on the other documents, so it only chooses candidates and breaks ties.
 */
record MatchContext(Need need, Employer employer, Citizen citizen) {

    Place workplace() {
        return employer == null ? null : employer.place();
    }
}
