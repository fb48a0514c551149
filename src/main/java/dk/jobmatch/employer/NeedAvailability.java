package dk.jobmatch.employer;

import dk.jobmatch.capacity.Holds;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.vocabulary.NeedStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * What is taken of each need's tasks, read from the holds, and the status that follows from it:
 * an OPEN need with no free place is FILLED by itself, and opens again when a place is released
 * (only if it was filled that way: a consultant's FILLED stays).
 */
@Singleton
class NeedAvailability {

    private final Holds holds;
    private final NeedStore store;
    private final Outbox outbox;

    NeedAvailability(Holds holds, NeedStore store, Outbox outbox) {
        this.holds = holds;
        this.store = store;
        this.outbox = outbox;
    }

    List<Need> withHolds(List<Need> needs) {
        if (needs.isEmpty()) {
            return needs;
        }
        Map<String, Integer> held = holds.heldTasks(needs.stream().map(Need::id).toList());
        // Most needs of a match's pool have no holds: those are kept as they are, not copied.
        return needs.stream().map(need -> showsHolds(need, held) ? need : need.withTasks(need.tasks().stream()
                .map(task -> task.withHeld(held.getOrDefault(task.id(), 0))).toList())).toList();
    }

    private static boolean showsHolds(Need need, Map<String, Integer> held) {
        return need.tasks().stream().allMatch(task -> task.held() == held.getOrDefault(task.id(), 0));
    }

    Need withHolds(Need need) {
        return withHolds(List.of(need)).getFirst();
    }

    /**
     * After an agreement took or gave back places of the need: its tasks' held and available changed,
     * so the change feed (and the copies {@link CandidateNeeds} keeps) hear of an update whether or not
     * the status follows.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void holdsChanged(Need need) {
        if (refresh(need).status() == need.status()) {
            outbox.updated(EntityType.NEED, need.id());
        }
    }

    /** Sets FILLED or OPEN from the holds when they decide it; the need as it now is. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Need refresh(Need need) {
        Need current = withHolds(need);
        boolean free = current.tasks().stream().anyMatch(task -> task.available() > 0);
        NeedStatus next = current.status();
        if (current.status() == NeedStatus.OPEN && !free) {
            next = NeedStatus.FILLED;
        } else if (current.status() == NeedStatus.FILLED && free && store.filledAutomatically(need.id())) {
            next = NeedStatus.OPEN;
        }
        if (next == current.status()) {
            return current;
        }
        store.setStatus(need.id(), next, next == NeedStatus.FILLED);
        outbox.updated(EntityType.NEED, need.id());
        return current.withStatus(next);
    }
}
