package dk.jobmatch.search;

/** A candidate's entity id and its text relevance (BM25, unnormalised; 0 when no word matched). */
public record ScoredId(String id, float score) {
}
