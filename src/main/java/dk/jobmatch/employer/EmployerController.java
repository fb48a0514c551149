package dk.jobmatch.employer;

import dk.jobmatch.api.EmployersApi;
import dk.jobmatch.api.model.AccountDto;
import dk.jobmatch.api.model.AccountRequestDto;
import dk.jobmatch.api.model.EmployerContactDto;
import dk.jobmatch.api.model.EmployerContactPageDto;
import dk.jobmatch.api.model.EmployerContactRequestDto;
import dk.jobmatch.api.model.EmployerDto;
import dk.jobmatch.api.model.EmployerPageDto;
import dk.jobmatch.api.model.OwnerRequestDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.AccountMapper;
import dk.jobmatch.security.AccountService;
import dk.jobmatch.security.Role;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.util.Collections;
import java.util.List;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class EmployerController implements EmployersApi {

    private final EmployerService employers;
    private final EmployerContacts contacts;
    private final EmployerMapper mapper;
    private final Shown.Lookup shown;
    private final AccountService accounts;
    private final AccountMapper accountMapper;
    private final AccessPolicy access;

    EmployerController(EmployerService employers, EmployerContacts contacts, EmployerMapper mapper, Shown.Lookup shown,
                       AccountService accounts, AccountMapper accountMapper, AccessPolicy access) {
        this.employers = employers;
        this.contacts = contacts;
        this.mapper = mapper;
        this.shown = shown;
        this.accounts = accounts;
        this.accountMapper = accountMapper;
        this.access = access;
    }

    @Override
    public HttpResponse<EmployerDto> createEmployer(EmployerDto employer) {
        Employer created = employers.create(mapper.toDomain(employer));
        return HttpResponse.created(toDto(created), URI.create("/api/v1/employers/" + created.id()));
    }

    @Override
    public EmployerDto getEmployer(String employerId) {
        return toDto(employers.getVisible(employerId));
    }

    @Override
    public EmployerPageDto listEmployers(String owner, Boolean contactOverdue, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        Page<Employer> found = employers.list(owner, contactOverdue, paging);
        return mapper.toPage(found, paging, shown.of(found.getContent().stream().map(Employer::ownerUsername).toList()));
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

    @Override
    public EmployerDto setEmployerOwner(String employerId, OwnerRequestDto request) {
        return toDto(employers.setOwner(employerId, request.getUsername()));
    }

    @Override
    public HttpResponse<EmployerContactDto> logEmployerContact(String employerId, EmployerContactRequestDto request) {
        EmployerContact logged = contacts.log(employerId, mapper.toDomain(request));
        return HttpResponse.created(mapper.toDto(logged, shown.of(List.of(logged.consultant()))),
                URI.create("/api/v1/employers/" + employerId + "/contacts/" + logged.id()));
    }

    @Override
    public EmployerContactPageDto listEmployerContacts(String employerId, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        Page<EmployerContact> found = contacts.list(employerId, paging);
        return mapper.toContactPage(found, paging,
                shown.of(found.getContent().stream().map(EmployerContact::consultant).toList()));
    }

    private EmployerDto toDto(Employer employer) {
        return mapper.toDto(employer, shown.of(employer.ownerUsername() == null ? List.of()
                : Collections.singletonList(employer.ownerUsername())));
    }
}
