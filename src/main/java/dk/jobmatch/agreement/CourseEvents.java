package dk.jobmatch.agreement;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/** Events that change the course of a placement: hours reduced, ordinary hours, hired, stopped, employment ended. */
@Singleton
class CourseEvents {

    private final AgreementService agreements;
    private final AgreementStore store;
    private final Allocation allocation;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    CourseEvents(AgreementService agreements, AgreementStore store, Allocation allocation, Outbox outbox,
                 AccessPolicy access, Clock clock) {
        this.agreements = agreements;
        this.store = store;
        this.allocation = allocation;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    record NewEvent(AgreementEvent.Type type, LocalDate date, @Nullable String reason) {
    }

    /** HOURS_REDUCED is noted on an ACTIVE agreement; the others end it (STOPPED also ends a draft). */
    @Transactional
    AgreementEvent record(String agreementId, NewEvent event) {
        AgreementEvent.Type type = event.type();
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement agreement = agreements.visible(agreementId);
        boolean allowed = switch (type) {
            case HOURS_REDUCED, ORDINARY_HOURS, HIRED -> agreement.status() == AgreementStatus.ACTIVE;
            case STOPPED -> !agreement.status().ended();
            case EMPLOYMENT_ENDED -> (agreement.status() == AgreementStatus.HIRED
                    || agreement.status() == AgreementStatus.ORDINARY_HOURS) && !store.employmentEnded(agreement.id());
        };
        if (!allowed) {
            throw ApiException.conflict(type + " cannot be recorded on a " + agreement.status() + " agreement.");
        }
        if (type == AgreementEvent.Type.EMPLOYMENT_ENDED || type.ends() != null && !type.ends().holds()) {
            allocation.lock(agreement.needId(), agreement.citizenId());
            allocation.release(agreement);
        }
        if (type.ends() != null) {
            store.setStatus(agreement, type.ends(), clock.instant());
        }
        AgreementEvent saved = new AgreementEvent(Ids.newId(), type, event.date(), event.reason(), caller.username(),
                clock.instant());
        store.addEvent(agreement.id(), saved);
        outbox.updated(EntityType.AGREEMENT, agreement.id(), type.detail());
        return saved;
    }
}
