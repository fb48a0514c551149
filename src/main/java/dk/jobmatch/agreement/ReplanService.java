package dk.jobmatch.agreement;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.HourRange;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-planning an ACTIVE agreement from what the follow-ups measured ({@link Replanner}): saved as
 * an amendment, a new version that awaits the three approvals while the approved one stays in force.
 */
@Singleton
class ReplanService {

    private final AgreementService agreements;
    private final AgreementStore store;
    private final Allocation allocation;
    private final NeedService needs;
    private final CitizenService citizens;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    ReplanService(AgreementService agreements, AgreementStore store, Allocation allocation, NeedService needs,
                  CitizenService citizens, Outbox outbox, AccessPolicy access, Clock clock) {
        this.agreements = agreements;
        this.store = store;
        this.allocation = allocation;
        this.needs = needs;
        this.citizens = citizens;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    AgreementService.View replan(String agreementId) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement seen = agreements.visible(agreementId);
        // The need and citizen first, then the agreement's row, in the order events take them: the
        // ceiling read below must not move while the plan is made, nor the agreement end meanwhile.
        allocation.lock(seen.needId(), seen.citizenId());
        Agreement agreement = store.findForUpdate(seen.id())
                .orElseThrow(() -> ApiException.notFound(AgreementService.NOT_FOUND));
        if (agreement.status() != AgreementStatus.ACTIVE) {
            throw ApiException.conflict("Only an ACTIVE agreement can be re-planned; this one is "
                    + agreement.status() + ".");
        }
        if (agreement.amendmentPending()) {
            throw ApiException.conflict("Version " + agreement.version() + " awaits approval; approve it or edit it"
                    + " before re-planning (version " + agreement.inForceVersion() + " is in force).");
        }
        List<FollowUp> followUps = store.followUps(agreement.id());
        if (followUps.isEmpty()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("followUps",
                    "no follow-up has been recorded to plan from; record one first")));
        }
        AgreementContent current = store.content(agreement.id(), agreement.version()).orElseThrow();
        Need need = needs.getVisible(agreement.needId());
        Citizen citizen = citizens.loadForMatching(List.of(agreement.citizenId())).getFirst();
        HourRange hoursLeft = allocation.hoursLeft(citizen, agreement.id());
        Replanner.Plan plan = Replanner.replan(current, followUps, LocalDate.now(clock), hoursLeft,
                need.hoursPerWeek());
        AgreementContent replanned = current.withPlan(plan.goals(), plan.progression());
        // The same checks as an edit. Only steps kept from the plan in force can fail them (when the
        // citizen has fewer hours left now than when it was approved); then nothing is saved.
        List<FieldViolation> errors = new ArrayList<>(ProgressionPlanner.check(replanned.startDate(),
                replanned.hoursPerWeek(), replanned.effectivenessPercent(), replanned.progression(), hoursLeft,
                need.hoursPerWeek()));
        errors.addAll(HourSplit.check(replanned));
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
        Agreement next = store.addVersion(agreement, agreement.version(), replanned, caller.username(),
                clock.instant());
        outbox.updated(EntityType.AGREEMENT, next.id(), ChangeDetail.REPLANNED);
        return new AgreementService.View(next, replanned, next.version(), List.of());
    }
}
