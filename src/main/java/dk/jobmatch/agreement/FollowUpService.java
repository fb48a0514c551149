package dk.jobmatch.agreement;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.outbox.ChangeDetail;
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

/** What happens after signing: follow-ups against the plan, and events that change the course. */
@Singleton
class FollowUpService {

    private final AgreementService agreements;
    private final AgreementStore store;
    private final Allocation allocation;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    FollowUpService(AgreementService agreements, AgreementStore store, Allocation allocation, Outbox outbox, AccessPolicy access,
                    Clock clock) {
        this.agreements = agreements;
        this.store = store;
        this.allocation = allocation;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    record NewFollowUp(LocalDate date, double actualHoursPerWeek, @Nullable Integer effectivenessPercent,
                       @Nullable Integer who5, @Nullable String notes) {
    }

    record NewEvent(AgreementEvent.Type type, LocalDate date, @Nullable String reason) {
    }

    @Transactional
    FollowUp record(String agreementId, NewFollowUp followUp) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement agreement = agreements.visible(agreementId);
        if (agreement.status() != AgreementStatus.ACTIVE) {
            throw ApiException.conflict("Follow-ups are recorded on ACTIVE agreements; this one is "
                    + agreement.status() + ".");
        }
        FollowUp saved = new FollowUp(Ids.newId(), followUp.date(), followUp.actualHoursPerWeek(),
                followUp.effectivenessPercent(), followUp.who5(), followUp.notes(), caller.username(), clock.instant());
        store.addFollowUp(agreement.id(), saved);
        outbox.updated(EntityType.AGREEMENT, agreement.id(), ChangeDetail.FOLLOW_UP);
        return saved;
    }

    @Transactional
    ProgressReport.Result progress(String agreementId) {
        Agreement agreement = agreements.visible(agreementId);
        // Against the plan in force: an amendment awaiting approval does not move the goalposts yet.
        AgreementContent content = store.content(agreement.id(), agreement.governingVersion()).orElseThrow();
        return ProgressReport.of(content, store.followUps(agreement.id()), LocalDate.now(clock));
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
