package dk.jobmatch.citizen;

import dk.jobmatch.search.CandidateQuery;
import dk.jobmatch.search.Criterion;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.search.SearchService;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Retrieves citizens who may fit a need: consenting, holding every required qualification, with
 * an hour range that overlaps, and whose travel area reaches the workplace; ranked by how well
 * their competences, experience and job goals match the need's text.
 */
@Singleton
public class CitizenCandidates {

    private final SearchService search;

    CitizenCandidates(SearchService search) {
        this.search = search;
    }

    public List<ScoredId> find(String text, Set<Qualification> required, HourRange hours, Place workplace, int limit) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion.Is(CitizenDocumentSource.CONSENT, "true"));
        required.forEach(q -> criteria.add(new Criterion.Is(CitizenDocumentSource.QUALIFICATION, q.name())));
        criteria.add(new Criterion.Overlaps(CitizenDocumentSource.HOURS, hours.min(), hours.max()));
        if (workplace != null && workplace.hasCoordinates()) {
            criteria.add(new Criterion.Reaches(CitizenDocumentSource.REACH, workplace.lat(), workplace.lon()));
        }
        return search.candidates(new CandidateQuery(CitizenDocumentSource.TYPE, text,
                CitizenDocumentSource.MATCH_FIELDS, criteria, limit));
    }
}
