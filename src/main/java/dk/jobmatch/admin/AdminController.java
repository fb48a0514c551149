package dk.jobmatch.admin;

import dk.jobmatch.api.AdminApi;
import dk.jobmatch.api.model.AccountDto;
import dk.jobmatch.api.model.AccountPageDto;
import dk.jobmatch.api.model.AuditPageDto;
import dk.jobmatch.api.model.ReindexResultDto;
import dk.jobmatch.api.model.StaffAccountRequestDto;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.common.Paging;
import dk.jobmatch.search.IndexSynchronizer;
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
class AdminController implements AdminApi {

    private final IndexSynchronizer synchronizer;
    private final AuditLog audit;
    private final AuditEntryMapper auditMapper;
    private final AccessPolicy access;
    private final AccountService accounts;
    private final AccountMapper accountMapper;

    AdminController(IndexSynchronizer synchronizer, AuditLog audit, AuditEntryMapper auditMapper,
                    AccessPolicy access, AccountService accounts, AccountMapper accountMapper) {
        this.synchronizer = synchronizer;
        this.audit = audit;
        this.auditMapper = auditMapper;
        this.access = access;
        this.accounts = accounts;
        this.accountMapper = accountMapper;
    }

    @Override
    public HttpResponse<AccountDto> createStaffAccount(StaffAccountRequestDto request) {
        access.require(Role.ADMIN);
        AccountService.AccountView created = accounts.createStaffAccount(request.getUsername(), request.getPassword(),
                accountMapper.toDomain(request.getRole()), request.getDisplayName(), request.getTeam());
        return HttpResponse.created(accountMapper.toDto(created), URI.create("/api/v1/admin/accounts/" + created.id()));
    }

    @Override
    public AccountPageDto listAccounts(Integer page, Integer size) {
        access.require(Role.ADMIN);
        Paging paging = Paging.of(page, size);
        return accountMapper.toPage(accounts.list(paging), paging);
    }

    @Override
    public AuditPageDto listAudit(String citizenId, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return auditMapper.toPage(audit.list(citizenId, paging), paging);
    }

    @Override
    public ReindexResultDto reindex() {
        access.require(Role.ADMIN);
        long started = System.nanoTime();
        long documents = synchronizer.rebuild();
        ReindexResultDto result = new ReindexResultDto(documents);
        result.setMillis((System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
