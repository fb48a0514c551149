package dk.jobmatch.search;

import io.micronaut.context.ApplicationContext;

import java.util.List;

/**
 * The benchmark harness ({@code dk.jobmatch.benchmark}) measures matching against the floor
 * query, which production code keeps package-private; this test-only class is its seam.
 */
public final class SearchForBenchmark {

    private final SearchService search;

    public SearchForBenchmark(ApplicationContext context) {
        this.search = context.getBean(SearchService.class);
    }

    /** The pool ranked by fit in two passes (the service's default) or, false, in one query as before. */
    public void retrieveByFitInTwoPasses(boolean twoPasses) {
        search.retrieveByFitInTwoPasses(twoPasses);
    }

    /** The same filters, the text's words required (any) and ranked by BM25, top {@code request.limit()}. */
    public List<ScoredId> floor(CandidateQuery request) {
        return search.floor(request);
    }
}
