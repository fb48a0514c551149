package dk.jobmatch.employer;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Employers, with the EMPLOYER role scoped to its own. */
@Singleton
public class EmployerService {

    static final String NOT_FOUND = "No such employer.";

    private final EmployerRepository employers;
    private final AccessPolicy access;
    private final Clock clock;

    EmployerService(EmployerRepository employers, AccessPolicy access, Clock clock) {
        this.employers = employers;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Employer create(Employer draft) {
        access.require(Role.CONSULTANT, Role.ADMIN, Role.INTEGRATION);
        if (employers.existsByCvr(draft.cvr())) {
            throw ApiException.conflict("An employer with this CVR number is already registered.");
        }
        return employers.save(draft.withIdentity(Ids.newId(), clock.instant()));
    }

    /** The employer if the caller may see it; otherwise 404, as for one that does not exist. */
    public Employer getVisible(String id) {
        access.requireEmployerDataAccess(id, NOT_FOUND);
        return employers.findById(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    public Optional<Employer> find(String id) {
        return employers.findById(id);
    }

    /** Employers by id, for matching; see {@link NeedService#findAll}. */
    public Map<String, Employer> findAll(Collection<String> ids) {
        return employers.findByIdIn(ids).stream().collect(Collectors.toMap(Employer::id, e -> e));
    }

    Page<Employer> list(Paging paging) {
        Caller caller = access.caller();
        Pageable pageable = Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("name")));
        if (caller.is(Role.EMPLOYER)) {
            List<Employer> own = employers.findById(caller.employerId()).stream().toList();
            return Page.of(paging.page() == 0 ? own : List.of(), pageable, (long) own.size());
        }
        return employers.findAll(pageable);
    }
}
