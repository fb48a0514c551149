package dk.jobmatch.admin;

import dk.jobmatch.api.AdminApi;
import dk.jobmatch.api.model.AuditPageDto;
import dk.jobmatch.api.model.ReindexResultDto;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.common.Paging;
import dk.jobmatch.search.IndexSynchronizer;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class AdminController implements AdminApi {

    private final IndexSynchronizer synchronizer;
    private final AuditLog audit;
    private final AuditEntryMapper auditMapper;
    private final AccessPolicy access;

    AdminController(IndexSynchronizer synchronizer, AuditLog audit, AuditEntryMapper auditMapper,
                    AccessPolicy access) {
        this.synchronizer = synchronizer;
        this.audit = audit;
        this.auditMapper = auditMapper;
        this.access = access;
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
