package dk.jobmatch.employer;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.AccountService;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Employers, with the EMPLOYER role scoped to its own. */
@Singleton
public class EmployerService {

    static final String NOT_FOUND = "No such employer.";

    /** {@code owner=me} in the list: the caller. */
    static final String ME = "me";

    private final EmployerRepository employers;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final Clock clock;
    private final MatchingEmployers matching;

    EmployerService(EmployerRepository employers, AccountService accounts, AccessPolicy access, Clock clock,
                    MatchingEmployers matching) {
        this.employers = employers;
        this.matching = matching;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    /** Registers an employer; a consultant (or administrator) registering it becomes its owner. */
    @Transactional
    Employer create(Employer draft) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN, Role.INTEGRATION);
        if (employers.existsByCvr(draft.cvr())) {
            throw ApiException.conflict("An employer with this CVR number is already registered.");
        }
        String owner = AccountService.CONSULTING_ROLES.contains(caller.role()) ? caller.username() : null;
        return employers.save(draft.registered(Ids.newId(), clock.instant(), owner));
    }

    /** Makes an existing CONSULTANT or ADMIN account the employer's owner (422 for any other username). */
    @Transactional
    Employer setOwner(String id, String username) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        Employer employer = employers.findById(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (accounts.findConsultant(username).isEmpty()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("username",
                    "is not the username of a CONSULTANT or ADMIN account")));
        }
        employers.setOwner(employer.id(), username);
        return employers.findById(id).orElseThrow();
    }

    /** The employer if the caller may see it; otherwise 404, as for one that does not exist. */
    public Employer getVisible(String id) {
        access.requireEmployerDataAccess(id, NOT_FOUND);
        return employers.findById(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    public Optional<Employer> find(String id) {
        return employers.findById(id);
    }

    /**
     * Employers by id as matching weighs them, from copies kept between requests: without the
     * contact person, owner and contact dates ({@link Employer#forMatching}).
     */
    public Map<String, Employer> findForMatching(Collection<String> ids) {
        return matching.find(ids);
    }

    /** Employers by id, for matching; see {@link NeedService#findAll}. */
    public Map<String, Employer> findAll(Collection<String> ids) {
        return employers.findByIdIn(ids).stream().collect(Collectors.toMap(Employer::id, e -> e));
    }

    /**
     * Employers by name; {@code owner} ("me" for the caller) and {@code contactOverdue} (by the
     * clock's today) narrow them when given. An EMPLOYER caller sees at most its own.
     */
    Page<Employer> list(@Nullable String owner, @Nullable Boolean contactOverdue, Paging paging) {
        Caller caller = access.caller();
        boolean employer = caller.is(Role.EMPLOYER);
        String employerId = employer ? caller.employerId() : "";
        String ownerName = owner == null ? "" : ME.equals(owner) ? caller.username() : owner;
        boolean overdue = Boolean.TRUE.equals(contactOverdue);
        LocalDate today = LocalDate.now(clock);
        List<Employer> found = employers.search(!employer, employerId, owner == null, ownerName,
                contactOverdue == null, overdue, today, paging.size(), paging.offset());
        long total = employers.countSearch(!employer, employerId, owner == null, ownerName, contactOverdue == null,
                overdue, today);
        return Page.of(found, Pageable.from(paging.page(), paging.size()), total);
    }
}
