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

/** What happens after signing: follow-ups against the plan, and the progress they show. */
@Singleton
class FollowUpService {

    private final AgreementService agreements;
    private final AgreementStore store;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    FollowUpService(AgreementService agreements, AgreementStore store, Outbox outbox, AccessPolicy access,
                    Clock clock) {
        this.agreements = agreements;
        this.store = store;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    record NewFollowUp(LocalDate date, double actualHoursPerWeek, @Nullable Integer effectivenessPercent,
                       @Nullable Integer who5, @Nullable String notes) {
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
}
