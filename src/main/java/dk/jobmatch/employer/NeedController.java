package dk.jobmatch.employer;

import dk.jobmatch.api.NeedsApi;
import dk.jobmatch.api.model.NeedDto;
import dk.jobmatch.api.model.NeedPageDto;
import dk.jobmatch.api.model.NeedStatusDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class NeedController implements NeedsApi {

    private final NeedService needs;
    private final NeedMapper mapper;

    NeedController(NeedService needs, NeedMapper mapper) {
        this.needs = needs;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<NeedDto> createNeed(String employerId, NeedDto need) {
        Need created = needs.create(employerId, mapper.toDomain(need));
        return HttpResponse.created(mapper.toDto(created), URI.create("/api/v1/needs/" + created.id()));
    }

    @Override
    public HttpResponse<NeedDto> getNeed(String needId) {
        Need need = needs.getVisible(needId);
        return HttpResponse.ok(mapper.toDto(need)).header(HttpHeaders.ETAG, need.entityTag());
    }

    // If-Match is evaluated before the body is read, by common/PreconditionFilter.
    @Override
    public HttpResponse<NeedDto> updateNeed(String needId, NeedDto need, String ifMatch) {
        Need updated = needs.update(needId, mapper.toDomain(need));
        return HttpResponse.ok(mapper.toDto(updated)).header(HttpHeaders.ETAG, updated.entityTag());
    }

    // The generated interface offers only problem+json for this 204, which would answer 406 to a
    // client that accepts application/json.
    @Override
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public HttpResponse<Void> deleteNeed(String needId) {
        needs.delete(needId);
        return HttpResponse.noContent();
    }

    @Override
    public NeedPageDto searchNeeds(String q, String employerId, NeedStatusDto status, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(needs.search(q, employerId, mapper.toDomain(status), paging), paging);
    }
}
