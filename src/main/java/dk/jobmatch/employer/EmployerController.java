package dk.jobmatch.employer;

import dk.jobmatch.api.EmployersApi;
import dk.jobmatch.api.model.AccountDto;
import dk.jobmatch.api.model.AccountRequestDto;
import dk.jobmatch.api.model.EmployerDto;
import dk.jobmatch.api.model.EmployerPageDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.AccountMapper;
import dk.jobmatch.security.AccountService;
import dk.jobmatch.security.Role;
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
    private final AccountMapper accountMapper;
    private final AccessPolicy access;

    EmployerController(EmployerService employers, EmployerMapper mapper, AccountService accounts,
                       AccountMapper accountMapper, AccessPolicy access) {
        this.employers = employers;
        this.mapper = mapper;
        this.accounts = accounts;
        this.accountMapper = accountMapper;
        this.access = access;
    }

    @Override
    public HttpResponse<EmployerDto> createEmployer(EmployerDto employer) {
        Employer created = employers.create(mapper.toDomain(employer));
        return HttpResponse.created(mapper.toDto(created), URI.create("/api/v1/employers/" + created.id()));
    }

    @Override
    public EmployerDto getEmployer(String employerId) {
        return mapper.toDto(employers.getVisible(employerId));
    }

    @Override
    public EmployerPageDto listEmployers(Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(employers.list(paging), paging);
    }

    @Override
    public HttpResponse<AccountDto> createEmployerAccount(String employerId, AccountRequestDto request) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        Employer employer = employers.getVisible(employerId);
        AccountService.AccountView created = accounts.createEmployerAccount(employer.id(),
                request.getUsername(), request.getPassword());
        return HttpResponse.created(accountMapper.toDto(created),
                URI.create("/api/v1/employers/" + employerId + "/accounts/" + created.id()));
    }
}
