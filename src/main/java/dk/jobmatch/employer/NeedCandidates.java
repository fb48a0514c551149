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
import java.util.function.Function;

/**
 * Retrieves open needs a citizen may fit: no non-negotiable the citizen lacks, an hour range that
 * overlaps, and a workplace within the citizen's travel distance; ranked by how well the needs'
 * titles, tasks and competences match the citizen's text, or by fit first ({@link #findByFit}).
 */
@Singleton
public class NeedCandidates {

    /** The share of a group's weight a related concept earns (the matcher's credit for one: 0.5). */
    static final float RELATED = 0.5f;

    private final SearchService search;

    NeedCandidates(SearchService search) {
        this.search = search;
    }

    public List<ScoredId> find(String text, Set<Qualification> held, HourRange hours, Place home, Double maxTravelKm,
                               int limit) {
        return search.candidates(new CandidateQuery(NeedDocumentSource.TYPE, text, NeedDocumentSource.MATCH_FIELDS,
                criteria(held, hours, home, maxTravelKm), limit));
    }

    /**
     * The same needs ranked by fit first: each of the citizen's competence phrases a need asks for
     * (in its competences or tasks) counts once, and a need whose text speaks to one of the job
     * goals counts as half of them (the matcher's fit tiers rest on the same two things). A need that
     * names only a related concept ({@code related}: a task among the essential competences of the
     * citizen's trade title) counts {@value #RELATED} of the weight instead, as the matcher credits
     * it. The text ranks by BM25 only when there is neither.
     */
    public List<ScoredId> findByFit(String text, List<String> phrases, String goals, Function<String, Set<String>> related,
                                    Set<Qualification> held, HourRange hours, Place home, Double maxTravelKm, int limit) {
        List<CandidateQuery.Group> groups = new ArrayList<>();
        phrases.forEach(phrase -> groups.add(new CandidateQuery.Group(phrase,
                List.of(NeedDocumentSource.COMPETENCES, NeedDocumentSource.TASKS), 1f, related.apply(phrase), RELATED)));
        if (goals != null) {
            float weight = Math.max(1f, phrases.size() / 2f);
            groups.add(new CandidateQuery.Group(goals, List.of(NeedDocumentSource.TITLE, NeedDocumentSource.DESCRIPTION,
                    NeedDocumentSource.TASKS), weight, related.apply(goals), weight * RELATED));
        }
        return search.candidates(new CandidateQuery(NeedDocumentSource.TYPE, text, NeedDocumentSource.MATCH_FIELDS,
                groups, criteria(held, hours, home, maxTravelKm), limit));
    }

    /**
     * Open needs whose workplace is within {@code radiusKm} of {@code centre} (all open needs when the
     * centre has no coordinates; needs without a position always), whatever they require: for
     * finding what keeps a citizen from them. Ranked by the text, at most {@code limit}.
     */
    public List<ScoredId> findNear(String text, Place centre, double radiusKm, int limit) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion.Is(NeedDocumentSource.STATUS, NeedStatus.OPEN.name()));
        if (centre != null && centre.hasCoordinates()) {
            criteria.add(new Criterion.WithinKm(NeedDocumentSource.LOCATION, centre.lat(), centre.lon(), radiusKm));
        }
        return search.candidates(new CandidateQuery(NeedDocumentSource.TYPE, text, NeedDocumentSource.MATCH_FIELDS,
                criteria, limit));
    }

    private static List<Criterion> criteria(Set<Qualification> held, HourRange hours, Place home, Double maxTravelKm) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion.Is(NeedDocumentSource.STATUS, NeedStatus.OPEN.name()));
        EnumSet<Qualification> lacking = EnumSet.allOf(Qualification.class);
        lacking.removeAll(held);
        lacking.forEach(q -> criteria.add(new Criterion.IsNot(NeedDocumentSource.NON_NEGOTIABLE, q.name())));
        criteria.add(new Criterion.Overlaps(NeedDocumentSource.HOURS, hours.min(), hours.max()));
        if (home != null && home.hasCoordinates() && maxTravelKm != null) {
            criteria.add(new Criterion.WithinKm(NeedDocumentSource.LOCATION, home.lat(), home.lon(), maxTravelKm));
        }
        return criteria;
    }
}
