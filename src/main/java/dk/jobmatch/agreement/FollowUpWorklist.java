package dk.jobmatch.agreement;

import dk.jobmatch.audit.AuditAction;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.AttentionFlag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consultant's list of agreements by next follow-up date, with what needs action now
 * ({@link Attention}). The date and the flags depend on each version's cadence, the follow-ups and
 * events recorded and the clock, so they are worked out here rather than kept in columns; a
 * municipality's agreements number in the thousands, not millions. The events that end courses
 * are read in one query for the whole list.
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

    record Entry(Agreement agreement, AgreementContent content, ProgressReport.Result progress,
                 Set<AttentionFlag> attention) {
    }

    record Found(List<Entry> entries, long total) {
    }

    /**
     * {@code attention}: keep the agreements with at least one of these flags (null keeps all).
     * An employer sees its own agreements' flags except NEEDS_NEW_PLACEMENT, which would tell it
     * whether the citizen has been placed elsewhere since.
     */
    @Transactional
    Found list(@Nullable AgreementStatus status, @Nullable Set<AttentionFlag> attention, @Nullable LocalDate dueBy,
               Paging paging) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.EMPLOYER);
        Instant now = clock.instant();
        boolean employer = caller.is(Role.EMPLOYER);
        List<Agreement> candidates = employer ? store.listOfEmployer(caller.employerId(), status) : store.list(status);
        Map<String, List<AgreementEvent>> endings = store.endings();
        Map<String, List<Agreement>> byCitizen = employer ? Map.of() : byCitizen(status, candidates);
        List<Entry> matching = candidates.stream()
                .map(agreement -> entry(agreement, endings.getOrDefault(agreement.id(), List.of()),
                        byCitizen.getOrDefault(agreement.citizenId(), List.of()), employer, now))
                .filter(entry -> dueBy == null || !entry.progress().nextFollowUp().isAfter(dueBy))
                .filter(entry -> attention == null || !Collections.disjoint(entry.attention(), attention))
                .sorted(Comparator.comparing((Entry e) -> e.progress().nextFollowUp())
                        .thenComparing(e -> e.agreement().id()))
                .toList();
        List<Entry> page = matching.stream().skip(paging.offset()).limit(paging.size()).toList();
        audit.record(AuditAction.READ, page.stream().map(e -> e.agreement().citizenId()).toList());
        return new Found(page, matching.size());
    }

    /** Every agreement by citizen, for NEEDS_NEW_PLACEMENT; read only when a STOPPED one is listed. */
    private Map<String, List<Agreement>> byCitizen(@Nullable AgreementStatus status, List<Agreement> candidates) {
        if (candidates.stream().noneMatch(a -> a.status() == AgreementStatus.STOPPED)) {
            return Map.of();
        }
        List<Agreement> all = status == null ? candidates : store.list(null);
        return all.stream().collect(Collectors.groupingBy(Agreement::citizenId));
    }

    private Entry entry(Agreement agreement, List<AgreementEvent> events, List<Agreement> citizensAgreements,
                        boolean employer, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        AgreementContent content = store.content(agreement.id(), agreement.governingVersion()).orElseThrow();
        ProgressReport.Result progress = ProgressReport.of(content, store.followUps(agreement.id()), events, today);
        LocalDate stopped = events.stream().filter(e -> e.type() == AgreementEvent.Type.STOPPED)
                .map(AgreementEvent::date).findFirst().orElse(null);
        List<Instant> others = citizensAgreements.stream().filter(a -> !a.id().equals(agreement.id()))
                .map(Agreement::createdAt).toList();
        Set<AttentionFlag> flags = EnumSet.noneOf(AttentionFlag.class);
        flags.addAll(Attention.of(new Attention.Facts(agreement, progress, stopped, others), now, clock.getZone()));
        if (employer) {
            flags.remove(AttentionFlag.NEEDS_NEW_PLACEMENT);
        }
        return new Entry(agreement, content, progress, Collections.unmodifiableSet(flags));
    }
}
