package dk.jobmatch.agreement;

import dk.jobmatch.capacity.Holds;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.employer.Task;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.vocabulary.HourRange;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a current agreement takes: its tasks' places and the citizen's hours. Callers lock first
 * (the need's row, then the citizen's, always in that order so two allocations never wait on each
 * other crosswise), read the need and citizen after the lock, check, and then hold or release in
 * the same transaction; so of two consultants taking the last place at once, one waits and then
 * sees it taken.
 */
@Singleton
class Allocation {

    private final Holds holds;
    private final NeedService needs;
    private final CitizenService citizens;
    private final Outbox outbox;

    Allocation(Holds holds, NeedService needs, CitizenService citizens, Outbox outbox) {
        this.holds = holds;
        this.needs = needs;
        this.citizens = citizens;
        this.outbox = outbox;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void lock(String needId, String citizenId) {
        needs.lockForAllocation(needId);
        citizens.lockForAllocation(citizenId);
    }

    /** 409 naming the first task without a free place (places this agreement holds already count as its own). */
    void requireFreePlaces(Need need, Collection<String> taskIds, String agreementId) {
        Set<String> own = agreementId == null ? Set.of() : Set.copyOf(holds.tasksHeldBy(agreementId));
        for (Task task : need.tasks()) {
            if (taskIds.contains(task.id()) && !own.contains(task.id()) && task.available() == 0) {
                throw ApiException.conflict("The task '" + task.title() + "' (" + task.id() + ") has no free place: "
                        + task.held() + " of " + task.capacity() + " held by current agreements.");
            }
        }
    }

    /**
     * The hours the citizen has left beside their other current agreements (all of them for a new
     * one), for planning and checking this agreement.
     */
    HourRange hoursLeft(Citizen citizen, String agreementId) {
        return agreementId == null ? citizen.remainingHoursPerWeek()
                : citizen.hoursLeftAfter(holds.committedHoursBesides(citizen.id(), agreementId));
    }

    /** 422 on hoursPerWeek when this agreement would take the citizen above their maximum. */
    void requireHoursLeft(Citizen citizen, String agreementId, double hours) {
        HourRange left = hoursLeft(citizen, agreementId);
        if (hours > left.max()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("hoursPerWeek", "would take the citizen's"
                    + " committed hours above their maximum of " + citizen.hoursPerWeek().max() + " (" + format(
                    Math.max(0, left.max())) + " h left beside their other agreements)")));
        }
    }

    boolean holdsNothing(Agreement agreement) {
        return !holds.withoutHolds(List.of(agreement.id())).isEmpty();
    }

    /** Which of these agreements hold nothing (written before holds existed). */
    Set<String> holdingNothing(Collection<String> agreementIds) {
        return holds.withoutHolds(agreementIds);
    }

    /** Records what the agreement takes; the need fills when this was its last free place. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void hold(Agreement agreement, Collection<String> taskIds, double hours) {
        holds.hold(agreement.id(), agreement.needId(), agreement.citizenId(), taskIds, hours);
        changed(agreement);
    }

    /** Gives the places and hours back; a need the holds had filled opens again. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void release(Agreement agreement) {
        if (holds.release(agreement.id())) {
            changed(agreement);
        }
    }

    /**
     * Every change of the holds goes through here: the need's held places and the profile's committed
     * hours changed, so both are updated in the change feed in the same transaction. Matching's copies
     * of needs and profiles, kept between requests, rely on exactly that to drop what they hold.
     */
    private void changed(Agreement agreement) {
        needs.refreshAvailability(agreement.needId());
        outbox.updated(EntityType.CITIZEN, agreement.citizenId());
    }

    private static String format(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }
}
