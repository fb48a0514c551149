package dk.jobmatch.employer;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
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
    private final EmployerService employers;
    private final Outbox outbox;
    private final SearchService search;
    private final AccessPolicy access;
    private final Clock clock;

    NeedService(NeedStore store, EmployerService employers, Outbox outbox,
                SearchService search, AccessPolicy access, Clock clock) {
        this.store = store;
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

    @Transactional
    Need update(String id, Need edited) {
        Need existing = getVisible(id);
        Set<String> knownTaskIds = taskIds(existing);
        Need draft = edited.withIdentity(existing.id(), existing.employerId(), existing.createdAt(), clock.instant());
        NeedValidator.validate(draft, knownTaskIds);
        Need need = withTaskIds(draft, knownTaskIds);
        store.replace(need);
        outbox.updated(EntityType.NEED, need.id());
        return need;
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
        return need;
    }

    /**
     * Needs by id, in the order given, for matching. Callers decide access first: a citizen's
     * matches are for consultants, who may see every employer's needs.
     */
    public List<Need> findAll(List<String> ids) {
        return store.findAll(ids);
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
        if (status != null) {
            filters.put(NeedDocumentSource.STATUS, status.name());
        }
        SearchHits hits = search.search(new SearchQuery(NeedDocumentSource.TYPE, text, NeedDocumentSource.TEXT_FIELDS,
                filters, NeedDocumentSource.CREATED_AT, paging.offset(), paging.size()));
        return new Found(store.findAll(hits.ids()), hits.total());
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
