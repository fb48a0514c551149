package dk.jobmatch.match;

import dk.jobmatch.api.MatchesApi;
import dk.jobmatch.api.model.MatchFitDto;
import dk.jobmatch.api.model.MatchResultsDto;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class MatchController implements MatchesApi {

    private static final int DEFAULT_LIMIT = 10;

    private final MatchService matches;
    private final MatchMapper mapper;

    MatchController(MatchService matches, MatchMapper mapper) {
        this.matches = matches;
        this.mapper = mapper;
    }

    @Override
    public MatchResultsDto matchCitizensForNeed(String needId, Integer limit, MatchFitDto minFit) {
        return toDto(matches.citizensFor(needId, limit == null ? DEFAULT_LIMIT : limit, minimum(minFit)));
    }

    @Override
    public MatchResultsDto matchNeedsForCitizen(String citizenId, Integer limit, MatchFitDto minFit) {
        return toDto(matches.needsFor(citizenId, limit == null ? DEFAULT_LIMIT : limit, minimum(minFit)));
    }

    /** Without {@code minFit}, every tier is returned. */
    private MatchFit minimum(MatchFitDto minFit) {
        return minFit == null ? MatchFit.CONSTRAINTS_ONLY : mapper.toDomain(minFit);
    }

    private MatchResultsDto toDto(MatchService.Ranked ranked) {
        return new MatchResultsDto(ranked.matches().stream().map(m -> mapper.toDto(m, ranked.anonymous())).toList());
    }
}
