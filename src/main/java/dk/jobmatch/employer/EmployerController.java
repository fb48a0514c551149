package dk.jobmatch.employer;

import dk.jobmatch.api.EmployersApi;
import dk.jobmatch.api.model.AccountDto;
import dk.jobmatch.api.model.AccountRequestDto;
import dk.jobmatch.api.model.EmployerDto;
import dk.jobmatch.api.model.EmployerPageDto;
import dk.jobmatch.api.model.RoleDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.AccountService;
import dk.jobmatch.security.Role;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class EmployerController implements EmployersApi {

    private final EmployerService employers;
    private final EmployerMapper mapper;
    private final AccountService accounts;
    private final AccessPolicy access;

    EmployerController(EmployerService employers, EmployerMapper mapper, AccountService accounts, AccessPolicy access) {
        this.employers = employers;
        this.mapper = mapper;
        this.accounts = accounts;
        this.access = access;
    }

    @Override
    public HttpResponse<EmployerDto> createEmployer(EmployerDto employer) {
        Employer created = employers.create(employer, mapper);
        return HttpResponse.created(mapper.toDto(created), URI.create("/api/v1/employers/" + created.id()));
    }

    @Override
    public EmployerDto getEmployer(String employerId) {
        return mapper.toDto(employers.getVisible(employerId));
    }

    @Override
    public EmployerPageDto listEmployers(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        Page<Employer> result = employers.list(paging);
        return new EmployerPageDto(result.getContent().stream().map(mapper::toDto).toList(),
                paging.page(), paging.size(), result.getTotalSize());
    }

    @Override
    public HttpResponse<AccountDto> createEmployerAccount(String employerId, AccountRequestDto request) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        Employer employer = employers.getVisible(employerId);
        AccountService.AccountView created = accounts.createEmployerAccount(employer.id(),
                request.getUsername(), request.getPassword());
        AccountDto body = new AccountDto(created.id(), created.username(), RoleDto.EMPLOYER);
        body.setEmployerId(created.employerId());
        return HttpResponse.created(body,
                URI.create("/api/v1/employers/" + employerId + "/accounts/" + created.id()));
    }
}
