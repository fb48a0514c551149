package dk.jobmatch.search;

import java.util.List;
import java.util.Map;

/**
 * Retrieval of match candidates: every document of the type that passes all criteria, ranked by
 * BM25 relevance of the text (documents that share no word still qualify, with score 0).
 */
public record CandidateQuery(String type, String text, Map<String, Float> textFields, List<Criterion> criteria,
                             int limit) {

    public CandidateQuery {
        textFields = Map.copyOf(textFields);
        criteria = List.copyOf(criteria);
    }
}
