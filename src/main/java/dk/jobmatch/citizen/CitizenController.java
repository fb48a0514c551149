package dk.jobmatch.citizen;

import dk.jobmatch.api.CitizensApi;
import dk.jobmatch.api.model.CitizenPage;
import dk.jobmatch.api.model.TargetGroup;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class CitizenController implements CitizensApi {

    private final CitizenService citizens;
    private final CitizenMapper mapper;

    CitizenController(CitizenService citizens, CitizenMapper mapper) {
        this.citizens = citizens;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<dk.jobmatch.api.model.Citizen> createCitizen(dk.jobmatch.api.model.Citizen citizen) {
        Citizen created = citizens.create(mapper.toDomain(citizen));
        return HttpResponse.created(mapper.toDto(created), URI.create("/api/v1/citizens/" + created.id()));
    }

    @Override
    public dk.jobmatch.api.model.Citizen getCitizen(String citizenId) {
        return mapper.toDto(citizens.read(citizenId));
    }

    @Override
    public dk.jobmatch.api.model.Citizen updateCitizen(String citizenId, dk.jobmatch.api.model.Citizen citizen) {
        return mapper.toDto(citizens.update(citizenId, mapper.toDomain(citizen)));
    }

    // The generated interface offers only problem+json for this 204 (see NeedController).
    @Override
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public HttpResponse<Void> deleteCitizen(String citizenId) {
        citizens.erase(citizenId);
        return HttpResponse.noContent();
    }

    @Override
    public CitizenPage searchCitizens(String q, TargetGroup targetGroup, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        CitizenService.Found found = citizens.search(new CitizenSearch.Criteria(q,
                targetGroup == null ? null : dk.jobmatch.vocabulary.TargetGroup.valueOf(targetGroup.name())), paging);
        return new CitizenPage(found.citizens().stream().map(mapper::toDto).toList(),
                paging.page(), paging.size(), found.total());
    }
}
