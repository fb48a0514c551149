package dk.jobmatch.employer;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.outbox.OutboxEntry.Change;
import dk.jobmatch.search.SearchHits;
import dk.jobmatch.search.SearchQuery;
import dk.jobmatch.search.SearchService;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.NeedStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creating, changing, reading and searching needs; EMPLOYER callers only touch their own. */
@Singleton
public class NeedService {

    static final String NOT_FOUND = "No such need.";

    private final NeedStore store;
    private final NeedAvailability availability;
    private final CandidateNeeds candidates;
    private final EmployerService employers;
    private final Outbox outbox;
    private final SearchService search;
    private final AccessPolicy access;
    private final Clock clock;

    NeedService(NeedStore store, NeedAvailability availability, CandidateNeeds candidates, EmployerService employers, Outbox outbox,
                SearchService search, AccessPolicy access, Clock clock) {
        this.store = store;
        this.availability = availability;
        this.candidates = candidates;
        this.employers = employers;
        this.outbox = outbox;
        this.search = search;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Need create(String employerId, Need draft) {
        Employer employer = employers.getVisible(employerId);
        Need need = newNeed(draft, employer.id());
        store.insert(need);
        outbox.created(EntityType.NEED, need.id());
        return need;
    }

    /** A new, validated need for an employer; ids are the server's to give, any sent are replaced. */
    Need newNeed(Need draft, String employerId) {
        Instant now = clock.instant();
        Need need = withTaskIds(draft.withIdentity(Ids.newId(), employerId, now, now), Set.of());
        NeedValidator.validate(need, taskIds(need));
        return need;
    }

    /** A bulk import batch of validated new needs, in one transaction. */
    @Transactional
    void importAll(List<Need> batch) {
        access.require(Role.INTEGRATION, Role.ADMIN);
        store.insertAll(batch);
        outbox.changedAll(EntityType.NEED, Change.CREATED, batch.stream().map(Need::id).toList());
    }

    /**
     * Replaces the need. A PUT is activity: an EXPIRED need sent back as read (or as OPEN) is OPEN
     * again, and EXPIRED is never the client's to set.
     */
    @Transactional
    Need update(String id, Need edited) {
        Need existing = getVisible(id);
        Set<String> knownTaskIds = taskIds(existing);
        Need reopened = edited.status() == NeedStatus.EXPIRED ? edited.withStatus(NeedStatus.OPEN) : edited;
        Need draft = reopened.withIdentity(existing.id(), existing.employerId(), existing.createdAt(),
                clock.instant());
        NeedValidator.validate(draft, knownTaskIds);
        Need need = withTaskIds(draft, knownTaskIds);
        // A need sent back as read keeps how it was filled; any other status is the consultant's.
        store.replace(need, need.status() == existing.status() && store.filledAutomatically(id));
        outbox.updated(EntityType.NEED, need.id());
        return availability.refresh(need);
    }

    /**
     * The expiry of one idle need, in its own transaction: the need's row lock first, so an
     * agreement being drafted for it at this moment commits before the idle check (and keeps it
     * OPEN), or waits and then finds it EXPIRED. False when it was not expired by this call.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    boolean expire(String id, Instant idleBefore) {
        if (!store.lock(id) || !store.expireIfIdle(id, idleBefore)) {
            return false;
        }
        outbox.updated(EntityType.NEED, id, ChangeDetail.EXPIRED);
        return true;
    }

    @Transactional
    void delete(String id) {
        Need existing = getVisible(id);
        store.delete(existing.id());
        outbox.deleted(EntityType.NEED, existing.id());
    }

    /** The need if the caller may see it; a foreign employer's need is reported as not found. */
    public Need getVisible(String id) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.INTEGRATION, Role.EMPLOYER);
        Need need = store.find(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (!access.mayAccessEmployer(caller, need.employerId())) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return availability.withHolds(need);
    }

    /**
     * Needs by id, in the order given, for matching. Callers decide access first: a citizen's
     * matches are for consultants, who may see every employer's needs.
     */
    public List<Need> findAll(List<String> ids) {
        return availability.withHolds(store.findAll(ids));
    }

    /**
     * A citizen's pool of needs, as {@link #findAll} reads them but from copies kept in memory while
     * no change to them, their holds included, is committed ({@link CandidateNeeds}). Only for a
     * transaction that has not written needs yet (the match endpoints write nothing but the audit).
     */
    public List<Need> loadCandidates(List<String> ids) {
        return candidates.load(ids);
    }

    /**
     * Locks the need until the caller's transaction ends, so two agreements cannot both take its
     * last place; read the need after this, not before.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockForAllocation(String id) {
        if (!store.lock(id)) {
            throw ApiException.notFound(NOT_FOUND);
        }
    }

    /**
     * After holds changed: FILLED when nothing is free, OPEN again when a filled need frees up, and
     * an update of the need in the change feed either way (its tasks' held and available changed).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void refreshAvailability(String id) {
        // Straight from the store: refresh reads the holds itself, once.
        store.find(id).ifPresent(availability::holdsChanged);
    }

    record Found(List<Need> needs, long total) {
    }

    Found search(String text, String employerId, NeedStatus status, Paging paging) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.INTEGRATION, Role.EMPLOYER);
        Map<String, String> filters = new HashMap<>();
        if (caller.is(Role.EMPLOYER)) {
            if (employerId != null && !employerId.equals(caller.employerId())) {
                return new Found(List.of(), 0);
            }
            filters.put(NeedDocumentSource.EMPLOYER, caller.employerId());
        } else if (employerId != null) {
            filters.put(NeedDocumentSource.EMPLOYER, employerId);
        }
        // Expired needs are out of the way unless asked for by their status.
        Map<String, String> excluded = new HashMap<>();
        if (status != null) {
            filters.put(NeedDocumentSource.STATUS, status.name());
        } else {
            excluded.put(NeedDocumentSource.STATUS, NeedStatus.EXPIRED.name());
        }
        SearchHits hits = search.search(new SearchQuery(NeedDocumentSource.TYPE, text, NeedDocumentSource.TEXT_FIELDS,
                filters, excluded, NeedDocumentSource.CREATED_AT, paging.offset(), paging.size()));
        return new Found(findAll(hits.ids()), hits.total());
    }

    private static Set<String> taskIds(Need need) {
        return need.tasks().stream().map(Task::id).collect(Collectors.toSet());
    }

    private static Need withTaskIds(Need need, Set<String> knownTaskIds) {
        List<Task> tasks = need.tasks().stream()
                .map(t -> t.id() != null && knownTaskIds.contains(t.id()) ? t : t.withId(Ids.newId()))
                .toList();
        return new Need(need.id(), need.employerId(), need.title(), need.description(), need.placementType(),
                need.status(), need.hoursPerWeek(), need.nonNegotiables(), need.flexibilities(), tasks,
                need.createdAt(), need.updatedAt());
    }
}
