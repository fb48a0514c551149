package dk.jobmatch.employer;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The job centre's internal contact log with each employer: CONSULTANT and ADMIN only (not the
 * employer's own login, not integration clients). Logging a contact moves the employer's last and
 * next contact dates when it is the latest contact.
 */
@Singleton
class EmployerContacts {

    private final EmployerContactRepository contacts;
    private final EmployerRepository employers;
    private final AccessPolicy access;
    private final Clock clock;

    EmployerContacts(EmployerContactRepository contacts, EmployerRepository employers, AccessPolicy access,
                     Clock clock) {
        this.contacts = contacts;
        this.employers = employers;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    EmployerContact log(String employerId, EmployerContact draft) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Employer employer = employers.findById(employerId)
                .orElseThrow(() -> ApiException.notFound(EmployerService.NOT_FOUND));
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.date().isAfter(LocalDate.now(clock))) {
            violations.add(new FieldViolation("date", "must not be in the future"));
        }
        if (draft.nextContactDate() != null && draft.nextContactDate().isBefore(draft.date())) {
            violations.add(new FieldViolation("nextContactDate", "must not be before date"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.unprocessable(violations);
        }
        EmployerContact logged = contacts.save(draft.logged(Ids.newId(), employer.id(), caller.username(),
                clock.instant()));
        employers.followContact(employer.id(), logged.date(), logged.nextContactDate());
        return logged;
    }

    /** The log, the latest contact first. */
    Page<EmployerContact> list(String employerId, Paging paging) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        if (!employers.existsById(employerId)) {
            throw ApiException.notFound(EmployerService.NOT_FOUND);
        }
        return contacts.findByEmployerId(employerId, Pageable.from(paging.page(), paging.size(),
                Sort.of(Sort.Order.desc("date"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }
}
