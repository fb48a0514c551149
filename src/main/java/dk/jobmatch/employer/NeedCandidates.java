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
import java.util.Map;
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
    /** What a job goal the need speaks to counts in the pool: as much as every competence phrase covered. */
    static final float GOAL = 1f;

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
     * The same needs ranked by fit first, as shares of what each need asks for, as the score counts
     * them: each of the citizen's competence phrases a need asks for (in its competences or tasks)
     * counts one over the need's competence phrases, so together about the share of them the citizen
     * covers; a need whose text speaks to one of the job goals counts {@value #GOAL} (a whole share:
     * the fit tiers rest on these two); and each of {@code textTerms} (the profile's terms, weighed
     * as the text part weighs them) that the need's title, description or tasks say counts its
     * weight over the weight of all the need's text, so together the share of the need's text the
     * profile says. A need that names only a related concept ({@code related}: a task among the
     * essential competences of the citizen's trade title) counts {@value #RELATED} of the weight
     * instead, as the matcher credits it. Counted without the shares (as phrases matched), a pool
     * of 150 of 50,000 needs held the needs that ask for much and of which a citizen covers little
     * (docs/performance.md). The text ranks by BM25 only when there is no group at all.
     */
    public List<ScoredId> findByFit(String text, List<String> phrases, String goals, Function<String, Set<String>> related,
                                    Map<String, Float> textTerms,
                                    Set<Qualification> held, HourRange hours, Place home, Double maxTravelKm, int limit) {
        List<CandidateQuery.Group> groups = new ArrayList<>();
        phrases.forEach(phrase -> groups.add(new CandidateQuery.Group(phrase,
                List.of(NeedDocumentSource.COMPETENCES, NeedDocumentSource.TASKS), 1f, related.apply(phrase), RELATED)
                .scaledBy(NeedDocumentSource.PER_COMPETENCE)));
        List<String> workFields = List.of(NeedDocumentSource.TITLE, NeedDocumentSource.DESCRIPTION, NeedDocumentSource.TASKS);
        if (goals != null) {
            groups.add(new CandidateQuery.Group(goals, workFields, GOAL, related.apply(goals), GOAL * RELATED));
        }
        textTerms.forEach((term, weight) -> groups.add(CandidateQuery.Group.ofTerm(term, workFields, weight)
                .scaledBy(NeedDocumentSource.PER_TEXT_WEIGHT)));
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
