package dk.jobmatch.match;

import dk.jobmatch.api.InsightsApi;
import dk.jobmatch.api.model.AreaGapsDto;
import dk.jobmatch.api.model.CitizenGapsDto;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class GapController implements InsightsApi {

    private final GapService gaps;
    private final GapMapper mapper;

    GapController(GapService gaps, GapMapper mapper) {
        this.gaps = gaps;
        this.mapper = mapper;
    }

    @Override
    public CitizenGapsDto getCitizenGaps(String citizenId) {
        return new CitizenGapsDto(citizenId, gaps.forCitizen(citizenId).stream().map(mapper::toDto).toList());
    }

    @Override
    public AreaGapsDto getAreaGaps(String postcode, Double radiusKm) {
        return mapper.toDto(gaps.forArea(postcode, radiusKm));
    }
}
