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
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Retrieves citizens who may fit a need: consenting, holding every required qualification, with
 * an hour range that overlaps, and whose travel area reaches the workplace; ranked by how well
 * their competences, experience and job goals match the need's text, or by fit first
 * ({@link #findByFit}).
 */
@Singleton
public class CitizenCandidates {

    /** The share of a group's weight a related concept earns (the matcher's credit for one: 0.5). */
    static final float RELATED = 0.5f;

    private final SearchService search;

    CitizenCandidates(SearchService search) {
        this.search = search;
    }

    public List<ScoredId> find(String text, Set<Qualification> required, HourRange hours, Place workplace, int limit) {
        return search.candidates(byText(text, required, hours, workplace, limit));
    }

    /** The query {@link #find} runs: the hard filters, ranked by BM25 of the text (also the benchmark's floor). */
    public static CandidateQuery byText(String text, Set<Qualification> required, HourRange hours, Place workplace,
                                        int limit) {
        return new CandidateQuery(CitizenDocumentSource.TYPE, text, CitizenDocumentSource.MATCH_FIELDS,
                criteria(required, hours, workplace), limit);
    }

    /**
     * The same candidates ranked by fit first: each of the need's competence phrases a profile has
     * counts with its weight (1, plus at most 0.5 in all for the hours behind the phrases), and a
     * job goal the need's text speaks to as half of the phrases plus 0.5, so on these alone a profile
     * with half of the phrases and such a goal never ranks below one without (the matcher's STRONG
     * tier; both are compared through the same indexed terms). A profile that names only a related concept of a
     * phrase or of the goal text ({@code related}: a trade title whose essential competence the need
     * asks for) counts {@value #RELATED} of the weight instead, as the matcher credits it. Each of
     * {@code textTerms} (indexed terms: words and concept terms) a profile has adds its weight
     * besides: the score leans on the text part most, and without it a capped pool was cut by index
     * order among the many profiles the groups rank alike. So the groups alone order by the tiers,
     * and the text may reorder the pool around them; the matcher then orders exactly. The text
     * ranks by BM25 only when there is none of these.
     */
    public List<ScoredId> findByFit(String text, Map<String, Float> phrases, String goalText,
                                    Function<String, Set<String>> related, Map<String, Float> textTerms,
                                    Set<Qualification> required, HourRange hours, Place workplace, int limit) {
        return search.candidates(byFit(text, phrases, goalText, related, textTerms, required, hours, workplace, limit));
    }

    /** The query {@link #findByFit} runs. */
    private static CandidateQuery byFit(String text, Map<String, Float> phrases, String goalText,
                                       Function<String, Set<String>> related, Map<String, Float> textTerms,
                                       Set<Qualification> required, HourRange hours, Place workplace, int limit) {
        List<CandidateQuery.Group> groups = new ArrayList<>();
        phrases.forEach((phrase, weight) -> groups.add(new CandidateQuery.Group(phrase,
                List.of(CitizenDocumentSource.PROFILE), weight, related.apply(phrase), weight * RELATED)));
        if (goalText != null) {
            float weight = phrases.size() / 2f + 0.5f;
            groups.add(new CandidateQuery.Group(goalText, List.of(CitizenDocumentSource.JOB_GOALS), weight,
                    related.apply(goalText), weight * RELATED));
        }
        textTerms.forEach((term, weight) -> groups.add(
                CandidateQuery.Group.ofTerm(term, List.of(CitizenDocumentSource.PROFILE), weight)));
        return new CandidateQuery(CitizenDocumentSource.TYPE, text,
                CitizenDocumentSource.MATCH_FIELDS, groups, criteria(required, hours, workplace), limit);
    }

    private static List<Criterion> criteria(Set<Qualification> required, HourRange hours, Place workplace) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(new Criterion.Is(CitizenDocumentSource.CONSENT, "true"));
        required.forEach(q -> criteria.add(new Criterion.Is(CitizenDocumentSource.QUALIFICATION, q.name())));
        criteria.add(new Criterion.Overlaps(CitizenDocumentSource.HOURS, hours.min(), hours.max()));
        if (workplace != null && workplace.hasCoordinates()) {
            criteria.add(new Criterion.Reaches(CitizenDocumentSource.REACH, workplace.lat(), workplace.lon()));
        }
        return criteria;
    }
}
