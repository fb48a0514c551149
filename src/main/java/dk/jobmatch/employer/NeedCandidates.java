package dk.jobmatch.employer;

import dk.jobmatch.search.CandidateQuery;
import dk.jobmatch.search.Criterion;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.search.SearchService;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Retrieves open needs a citizen may fit: no non-negotiable the citizen lacks, an hour range that
 * overlaps, and a workplace within the citizen's travel distance; ranked by how well the needs'
 * titles, tasks and competences match the citizen's text.
 */
@Singleton
public class NeedCandidates {

    private final SearchService search;

    NeedCandidates(SearchService search) {
        this.search = search;
    }

    public List<ScoredId> find(String text, Set<Qualification> held, HourRange hours, Place home, Double maxTravelKm,
                               int limit) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion.Is(NeedDocumentSource.STATUS, NeedStatus.OPEN.name()));
        EnumSet<Qualification> lacking = EnumSet.allOf(Qualification.class);
        lacking.removeAll(held);
        lacking.forEach(q -> criteria.add(new Criterion.IsNot(NeedDocumentSource.NON_NEGOTIABLE, q.name())));
        criteria.add(new Criterion.Overlaps(NeedDocumentSource.HOURS, hours.min(), hours.max()));
        if (home != null && home.hasCoordinates() && maxTravelKm != null) {
            criteria.add(new Criterion.WithinKm(NeedDocumentSource.LOCATION, home.lat(), home.lon(), maxTravelKm));
        }
        return search.candidates(new CandidateQuery(NeedDocumentSource.TYPE, text, NeedDocumentSource.MATCH_FIELDS,
                criteria, limit));
    }
}
