package dk.jobmatch.citizen;

import dk.jobmatch.audit.AuditAction;
import dk.jobmatch.audit.AuditLog;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.outbox.OutboxEntry.Change;
import dk.jobmatch.search.SearchHits;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Citizens' profiles: sensitive data, so only consultants and administrators touch them, and every
 * access is written to the audit log in the same transaction.
 */
@Singleton
public class CitizenService {

    static final String NOT_FOUND = "No such citizen.";
    private static final String TAKEN = "A citizen with this externalRef is already registered.";

    private final CitizenStore store;
    private final CitizenSearch search;
    private final Commitments commitments;
    private final CandidateProfiles candidates;
    private final Outbox outbox;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    CitizenService(CitizenStore store, CitizenSearch search, Commitments commitments, CandidateProfiles candidates,
                   Outbox outbox, AuditLog audit, AccessPolicy access, Clock clock) {
        this.store = store;
        this.search = search;
        this.commitments = commitments;
        this.candidates = candidates;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Citizen create(Citizen draft) {
        access.requireCitizenDataAccess();
        CitizenValidator.validate(draft);
        if (store.externalRefTaken(draft.externalRef(), null)) {
            throw ApiException.conflict(TAKEN);
        }
        Instant now = clock.instant();
        Citizen citizen = draft.withIdentity(Ids.newId(), now, now);
        store.insert(citizen);
        outbox.created(EntityType.CITIZEN, citizen.id());
        audit.record(AuditAction.CREATE, List.of(citizen.id()));
        return citizen;
    }

    @Transactional
    Citizen update(String id, Citizen draft) {
        Citizen existing = load(id);
        CitizenValidator.validate(draft);
        if (store.externalRefTaken(draft.externalRef(), existing.id())) {
            throw ApiException.conflict(TAKEN);
        }
        Citizen citizen = draft.withIdentity(existing.id(), existing.createdAt(), clock.instant())
                .withCommittedHours(existing.committedHoursPerWeek()).withMeasured(existing.measured());
        store.replace(citizen);
        outbox.updated(EntityType.CITIZEN, citizen.id());
        audit.record(AuditAction.UPDATE, List.of(citizen.id()));
        return citizen;
    }

    /**
     * A bulk import batch in one transaction: profiles with a known externalRef replace that
     * profile (keeping its id), the rest are created. Drafts are validated by the caller. Answers
     * the profiles as stored, in the order of the drafts.
     */
    @Transactional
    List<Citizen> importAll(List<Citizen> drafts) {
        access.require(Role.INTEGRATION, Role.ADMIN);
        Map<String, Citizen> known = store.findByExternalRefs(drafts.stream().map(Citizen::externalRef).toList());
        Instant now = clock.instant();
        List<Citizen> stored = new ArrayList<>(drafts.size());
        List<Citizen> created = new ArrayList<>();
        List<Citizen> replaced = new ArrayList<>();
        for (Citizen draft : drafts) {
            Citizen existing = known.get(draft.externalRef());
            Citizen citizen = existing == null ? draft.withIdentity(Ids.newId(), now, now)
                    : draft.withIdentity(existing.id(), existing.createdAt(), now);
            stored.add(citizen);
            (existing == null ? created : replaced).add(citizen);
        }
        store.insertAll(created);
        store.replaceAll(replaced);
        outbox.changedAll(EntityType.CITIZEN, Change.CREATED, created.stream().map(Citizen::id).toList());
        outbox.changedAll(EntityType.CITIZEN, Change.UPDATED, replaced.stream().map(Citizen::id).toList());
        audit.record(AuditAction.CREATE, created.stream().map(Citizen::id).toList());
        audit.record(AuditAction.UPDATE, replaced.stream().map(Citizen::id).toList());
        return stored;
    }

    /** Erasure: the profile leaves the database now and the search index with the outbox row. */
    @Transactional
    void erase(String id) {
        Citizen existing = load(id);
        store.erase(existing.id());
        outbox.deleted(EntityType.CITIZEN, existing.id());
        audit.record(AuditAction.ERASE, List.of(existing.id()));
    }

    /** Reads one profile for a consultant or administrator, and records the read. */
    @Transactional
    public Citizen read(String id) {
        Citizen citizen = load(id);
        audit.record(AuditAction.READ, List.of(citizen.id()));
        return citizen;
    }

    /** Reads profiles found by matching or search, and records a read of each one returned. */
    @Transactional
    public List<Citizen> readAll(List<String> ids) {
        access.requireCitizenDataAccess();
        List<Citizen> citizens = commitments.of(store.findAll(ids));
        audit.record(AuditAction.READ, citizens.stream().map(Citizen::id).toList());
        return citizens;
    }

    /**
     * Profiles for the matcher to weigh, in the order given. Nothing here leaves the server as
     * is: the matcher audits the citizens it returns, and employers only see anonymous summaries.
     */
    public List<Citizen> loadForMatching(List<String> ids) {
        return commitments.of(store.findAll(ids));
    }

    /**
     * A match's pool of candidates, as {@link #loadForMatching} reads them but from copies kept in
     * memory while no change to them, their agreements' hours included, is committed
     * ({@link CandidateProfiles}): without their team and what a follow-up measured, which
     * matching does not read. Only for a transaction that has
     * not written citizens yet (the match endpoints audit after ranking): a copy read from one's own
     * uncommitted write would outlive a rollback.
     */
    public List<Citizen> loadCandidates(List<String> ids) {
        return candidates.load(ids);
    }

    /**
     * Up to {@code limit} profiles of one postcode, for aggregate insight over an area. As with
     * {@link #loadForMatching}, nothing here leaves the server as is: the caller answers counts only,
     * so no read is audited.
     */
    public List<Citizen> livingIn(String postcode, int limit) {
        return commitments.of(store.livingIn(postcode, limit));
    }

    /**
     * Locks the profile until the caller's transaction ends, so two agreements cannot both take
     * the citizen's last free hours; read the profile after this, not before.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockForAllocation(String id) {
        if (!store.lock(id)) {
            throw ApiException.notFound(NOT_FOUND);
        }
    }

    /**
     * A follow-up measured the citizen's hours and effectiveness: it becomes the citizen's
     * {@code measured} capacity when it is dated on or after the one kept (a follow-up recorded late
     * for an earlier date changes nothing; of two on the same date the later recorded wins). Under
     * the citizen's row lock, so two follow-ups at once on different agreements end with the later
     * date; the change feed hears of the change as an update of the citizen.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordMeasured(String citizenId, MeasuredCapacity capacity) {
        if (!store.lock(citizenId)) {
            throw ApiException.notFound(NOT_FOUND);
        }
        MeasuredCapacity kept = store.measured(citizenId).orElse(null);
        if (kept != null && kept.date().isAfter(capacity.date())) {
            return;
        }
        store.saveMeasured(citizenId, capacity);
        outbox.updated(EntityType.CITIZEN, citizenId);
        audit.record(AuditAction.UPDATE, List.of(citizenId));
    }

    record Found(List<Citizen> citizens, long total) {
    }

    @Transactional
    Found search(CitizenSearch.Criteria criteria, Paging paging) {
        access.requireCitizenDataAccess();
        SearchHits hits = search.find(criteria, paging);
        return new Found(readAll(hits.ids()), hits.total());
    }

    private Citizen load(String id) {
        access.requireCitizenDataAccess();
        return commitments.of(List.of(store.find(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND))))
                .getFirst();
    }

}
