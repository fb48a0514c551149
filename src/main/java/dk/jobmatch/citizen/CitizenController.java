package dk.jobmatch.citizen;

import dk.jobmatch.api.CitizensApi;
import dk.jobmatch.api.model.CitizenDto;
import dk.jobmatch.api.model.CitizenPageDto;
import dk.jobmatch.api.model.TargetGroupDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.Problems;
import dk.jobmatch.wording.PhraseWarnings;
import dk.jobmatch.wording.WordingMapper;
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
    private final PhraseWarnings phraseWarnings;
    private final WordingMapper wordingMapper;

    CitizenController(CitizenService citizens, CitizenMapper mapper, PhraseWarnings phraseWarnings,
                      WordingMapper wordingMapper) {
        this.citizens = citizens;
        this.mapper = mapper;
        this.phraseWarnings = phraseWarnings;
        this.wordingMapper = wordingMapper;
    }

    @Override
    public HttpResponse<CitizenDto> createCitizen(CitizenDto citizen) {
        Citizen created = citizens.create(mapper.toDomain(citizen));
        return HttpResponse.created(toDto(created), URI.create("/api/v1/citizens/" + created.id()));
    }

    @Override
    public CitizenDto getCitizen(String citizenId) {
        return toDto(citizens.read(citizenId));
    }

    @Override
    public CitizenDto updateCitizen(String citizenId, CitizenDto citizen) {
        return toDto(citizens.update(citizenId, mapper.toDomain(citizen)));
    }

    // The generated interface offers only problem+json for this 204 (see NeedController).
    @Override
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public HttpResponse<Void> deleteCitizen(String citizenId) {
        citizens.erase(citizenId);
        return HttpResponse.noContent();
    }

    @Override
    public CitizenPageDto searchCitizens(String q, TargetGroupDto targetGroup, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(citizens.search(new CitizenSearch.Criteria(q, mapper.toDomain(targetGroup)), paging),
                paging);
    }

    /** One profile as answered: with warnings for its competences and job goals that name no concept. */
    private CitizenDto toDto(Citizen citizen) {
        CitizenDto dto = mapper.toDto(citizen);
        dto.setWarnings(wordingMapper.toDtos(phraseWarnings.check(CitizenPhrases.of(citizen))));
        return dto;
    }
}
