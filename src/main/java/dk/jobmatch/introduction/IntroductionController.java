package dk.jobmatch.introduction;

import dk.jobmatch.api.IntroductionsApi;
import dk.jobmatch.api.model.IntroductionDto;
import dk.jobmatch.api.model.IntroductionListDto;
import dk.jobmatch.api.model.IntroductionRequestDto;
import dk.jobmatch.api.model.IntroductionResponseDto;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class IntroductionController implements IntroductionsApi {

    private final IntroductionService introductions;
    private final IntroductionMapper mapper;

    IntroductionController(IntroductionService introductions, IntroductionMapper mapper) {
        this.introductions = introductions;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<IntroductionDto> createIntroduction(String needId, IntroductionRequestDto request) {
        IntroductionService.View view = introductions.propose(needId, mapper.toDomain(request));
        return HttpResponse.created(mapper.toDto(view), URI.create("/api/v1/needs/" + needId + "/introductions"));
    }

    @Override
    public IntroductionListDto listIntroductions(String needId) {
        return new IntroductionListDto(introductions.list(needId).stream().map(mapper::toDto).toList());
    }

    @Override
    public IntroductionDto respondToIntroduction(String introductionId, IntroductionResponseDto response) {
        return mapper.toDto(introductions.answer(introductionId, mapper.toDomain(response)));
    }
}
