package dk.jobmatch.agreement;

import dk.jobmatch.audit.AuditAction;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The consultant's list of agreements by next follow-up date. The date depends on each version's
 * cadence and the follow-ups recorded, so it is worked out here rather than kept in a column; a
 * municipality's agreements number in the thousands, not millions.
 */
@Singleton
class FollowUpWorklist {

    private final AgreementStore store;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpWorklist(AgreementStore store, AccessPolicy access, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    record Entry(Agreement agreement, AgreementContent content, ProgressReport.Result progress) {
    }

    record Found(List<Entry> entries, long total) {
    }

    @Transactional
    Found list(@Nullable AgreementStatus status, @Nullable LocalDate dueBy, Paging paging) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        LocalDate today = LocalDate.now(clock);
        List<Agreement> candidates = caller.is(Role.EMPLOYER) ? store.listOfEmployer(caller.employerId(), status)
                : store.list(status);
        List<Entry> matching = candidates.stream()
                .map(agreement -> entry(agreement, today))
                .filter(entry -> dueBy == null || !entry.progress().nextFollowUp().isAfter(dueBy))
                .sorted(Comparator.comparing((Entry e) -> e.progress().nextFollowUp())
                        .thenComparing(e -> e.agreement().id()))
                .toList();
        List<Entry> page = matching.stream().skip(paging.offset()).limit(paging.size()).toList();
        audit.record(AuditAction.READ, page.stream().map(e -> e.agreement().citizenId()).toList());
        return new Found(page, matching.size());
    }

    private Entry entry(Agreement agreement, LocalDate today) {
        AgreementContent content = store.content(agreement.id(), agreement.governingVersion()).orElseThrow();
        return new Entry(agreement, content,
                ProgressReport.of(content, store.followUps(agreement.id()), today));
    }
}
