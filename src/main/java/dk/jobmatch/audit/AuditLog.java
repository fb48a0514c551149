package dk.jobmatch.audit;

import dk.jobmatch.common.BulkRows;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Records every access to citizens' data. It joins the caller's transaction, so a read whose
 * audit row cannot be written fails instead of going unrecorded.
 */
@Singleton
public class AuditLog {

    private static final String OUTSIDE_HTTP = "internal";
    private static final List<String> COLUMNS = List.of("at", "username", "role", "citizen_id", "action", "endpoint");

    private final AuditRepository entries;
    private final BulkRows rows;
    private final AccessPolicy access;
    private final Clock clock;

    AuditLog(AuditRepository entries, BulkRows rows, AccessPolicy access, Clock clock) {
        this.entries = entries;
        this.rows = rows;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(AuditAction action, Collection<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return;
        }
        Caller caller = access.caller();
        Instant now = clock.instant();
        String endpoint = currentEndpoint();
        // One multi-row write with no generated key read back per row (an import batch writes 1,000).
        rows.insert("audit_entry", COLUMNS, new LinkedHashSet<>(citizenIds).stream()
                .map(id -> BulkRows.row(now, caller.username(), caller.role().name(), id, action.name(), endpoint))
                .toList());
    }

    /** The audit log, newest first, optionally for one citizen. ADMIN only. */
    public Page<AuditEntry> list(String citizenId, Paging paging) {
        access.require(Role.ADMIN);
        Pageable pageable = Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("id")));
        return citizenId == null ? entries.findAll(pageable) : entries.findByCitizenId(citizenId, pageable);
    }

    // The route template, not the concrete path: "why" without repeating ids or query text.
    private static String currentEndpoint() {
        return ServerRequestContext.currentRequest()
                .map(AuditLog::describe)
                .orElse(OUTSIDE_HTTP);
    }

    private static String describe(HttpRequest<?> request) {
        String route = RouteAttributes.getRouteInfo(request)
                .filter(UriRouteInfo.class::isInstance)
                .map(info -> ((UriRouteInfo<?, ?>) info).getUriMatchTemplate().toPathString())
                .orElse(request.getPath());
        return request.getMethodName() + " " + route;
    }
}
