package dk.jobmatch.caseload;

import dk.jobmatch.api.ConsultantsApi;
import dk.jobmatch.api.model.CaseloadDto;
import dk.jobmatch.api.model.ConsultantPageDto;
import dk.jobmatch.common.Paging;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class CaseloadController implements ConsultantsApi {

    private final Caseloads caseloads;
    private final CaseloadMapper mapper;

    CaseloadController(Caseloads caseloads, CaseloadMapper mapper) {
        this.caseloads = caseloads;
        this.mapper = mapper;
    }

    @Override
    public CaseloadDto getMyCaseload() {
        return mapper.toDto(caseloads.mine());
    }

    @Override
    public ConsultantPageDto listConsultants(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(caseloads.all(paging), paging);
    }
}
