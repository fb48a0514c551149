package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.search.TextTerms;
import io.micronaut.context.ApplicationContext;

import java.util.List;
import java.util.Optional;

/**
 * The benchmark harness ({@code dk.jobmatch.benchmark}) measures pieces of this package that stay
 * package-private in production code: the Lucene query text, the in-process ranking and the
 * scorer. This test-only class is the one seam it goes through; results are opaque lists.
 */
public final class MatchForBenchmark {

    private final MatchService service;
    private final MatchScorer scorer;

    public MatchForBenchmark(ApplicationContext context) {
        this.service = context.getBean(MatchService.class);
        this.scorer = new MatchScorer(context.getBean(MatchWeights.class), context.getBean(TextTerms.class)::of);
    }

    /** The text the service retrieves candidates with for a need. */
    public static String queryText(Need need) {
        return MatchService.text(need);
    }

    /** The service's need → citizens ranking in-process: retrieve, load, carve, score. */
    public List<?> rankCitizens(Need need, Employer employer, int limit) {
        return service.rankCitizens(need, employer, limit, MatchFit.CONSTRAINTS_ONLY);
    }

    /** Baseline b: every profile through the exact rules and the scorer, no index. */
    public List<?> naiveRank(Need need, Employer employer, List<Citizen> everyone, int limit) {
        MatchScorer requestScorer = scorer.forOneRequest();
        return everyone.stream()
                .map(c -> requestScorer.match(new MatchContext(need, employer, c)))
                .flatMap(Optional::stream)
                .sorted(MatchService.ORDER).limit(limit).toList();
    }
}
