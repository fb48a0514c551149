package dk.jobmatch.employer;

import dk.jobmatch.api.NeedsApi;
import dk.jobmatch.api.model.NeedDto;
import dk.jobmatch.api.model.NeedPageDto;
import dk.jobmatch.api.model.NeedStatusDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.Problems;
import dk.jobmatch.wording.PhraseWarnings;
import dk.jobmatch.wording.WordingMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class NeedController implements NeedsApi {

    private final NeedService needs;
    private final NeedMapper mapper;
    private final NeedStaleness staleness;
    private final PhraseWarnings phraseWarnings;
    private final WordingMapper wordingMapper;

    NeedController(NeedService needs, NeedMapper mapper, NeedStaleness staleness, PhraseWarnings phraseWarnings,
                   WordingMapper wordingMapper) {
        this.needs = needs;
        this.mapper = mapper;
        this.staleness = staleness;
        this.phraseWarnings = phraseWarnings;
        this.wordingMapper = wordingMapper;
    }

    @Override
    public HttpResponse<NeedDto> createNeed(String employerId, NeedDto need) {
        Need created = needs.create(employerId, mapper.toDomain(need));
        return HttpResponse.created(toDto(created), URI.create("/api/v1/needs/" + created.id()));
    }

    @Override
    public HttpResponse<NeedDto> getNeed(String needId) {
        Need need = needs.getVisible(needId);
        return HttpResponse.ok(toDto(need)).header(HttpHeaders.ETAG, need.entityTag());
    }

    // If-Match is evaluated before the body is read, by common/PreconditionFilter.
    @Override
    public HttpResponse<NeedDto> updateNeed(String needId, NeedDto need, String ifMatch) {
        Need updated = needs.update(needId, mapper.toDomain(need));
        return HttpResponse.ok(toDto(updated)).header(HttpHeaders.ETAG, updated.entityTag());
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
        NeedService.Found found = needs.search(q, employerId, mapper.toDomain(status), paging);
        NeedPageDto answer = mapper.toPage(found, paging);
        Map<String, LocalDate> stale = staleness.staleSince(found.needs());
        answer.getItems().forEach(dto -> dto.setStaleSince(stale.get(dto.getId())));
        return answer;
    }

    /**
     * The need as answered: with the day it went stale, worked out from its activity now, and
     * warnings for its task titles and competences that name no concept.
     */
    private NeedDto toDto(Need need) {
        NeedDto dto = mapper.toDto(need);
        dto.setStaleSince(staleness.staleSince(List.of(need)).get(need.id()));
        dto.setWarnings(wordingMapper.toDtos(phraseWarnings.check(NeedPhrases.of(need))));
        return dto;
    }
}
