package dk.jobmatch.capacity;

import dk.jobmatch.common.TextLists;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that knows what is taken: which tasks current agreements hold, and how many of a
 * citizen's weekly hours. Agreements decide when they hold (DRAFT, ACTIVE, HIRED, ORDINARY_HOURS)
 * and call {@link #hold}/{@link #release} in their own transaction; readers get counts and sums
 * from one indexed query. Callers that must not overbook lock the need and the citizen first.
 */
@Singleton
public class Holds {

    private static final int IN_SLICE = 1000;

    private final HoldRepository holds;

    Holds(HoldRepository holds) {
        this.holds = holds;
    }

    /** How many current agreements hold each task of these needs; tasks nobody holds are absent. */
    public Map<String, Integer> heldTasks(Collection<String> needIds) {
        Map<String, Integer> held = new HashMap<>();
        if (!needIds.isEmpty()) {
            holds.findByNeedIdIn(needIds).forEach(h -> h.tasks().forEach(t -> held.merge(t, 1, Integer::sum)));
        }
        return held;
    }

    /** Each citizen's hours held by current agreements; citizens with none are absent. */
    public Map<String, Double> committedHours(Collection<String> citizenIds) {
        return citizenIds.isEmpty() ? Map.of() : holds.findByCitizenIdIn(citizenIds).stream()
                .collect(Collectors.groupingBy(Hold::citizenId, Collectors.summingDouble(Hold::hoursPerWeek)));
    }

    /** The needs a citizen already holds tasks of (not to be proposed to them again). */
    public Set<String> needsHeldBy(String citizenId) {
        return holds.findByCitizenIdIn(List.of(citizenId)).stream().map(Hold::needId).collect(Collectors.toSet());
    }

    /** The citizens holding tasks of a need. */
    public Set<String> citizensHolding(String needId) {
        return holds.findByNeedIdIn(List.of(needId)).stream().map(Hold::citizenId).collect(Collectors.toSet());
    }

    /** The hours a citizen has committed elsewhere than in this agreement. */
    public double committedHoursBesides(String citizenId, String agreementId) {
        return holds.findByCitizenIdIn(List.of(citizenId)).stream()
                .filter(h -> !h.agreementId().equals(agreementId))
                .mapToDouble(Hold::hoursPerWeek).sum();
    }

    /** Which of these agreements hold nothing yet. */
    public Set<String> withoutHolds(Collection<String> agreementIds) {
        Set<String> missing = new HashSet<>(agreementIds);
        List<String> ids = List.copyOf(agreementIds);
        // In slices: at start-up this is every current agreement, more than one IN list may bind.
        for (int from = 0; from < ids.size(); from += IN_SLICE) {
            holds.findByAgreementIdIn(ids.subList(from, Math.min(ids.size(), from + IN_SLICE)))
                    .forEach(h -> missing.remove(h.agreementId()));
        }
        return missing;
    }

    /** The tasks this agreement holds now (empty when it holds nothing). */
    public List<String> tasksHeldBy(String agreementId) {
        return holds.findById(agreementId).map(Hold::tasks).orElse(List.of());
    }

    /** Records (or replaces) what an agreement holds. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void hold(String agreementId, String needId, String citizenId, Collection<String> taskIds, double hours) {
        Hold hold = new Hold(agreementId, needId, citizenId, hours, TextLists.join(List.copyOf(taskIds)));
        if (holds.existsById(agreementId)) {
            holds.update(hold);
        } else {
            holds.save(hold);
        }
    }

    /** Gives back what an agreement held; false when it held nothing. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean release(String agreementId) {
        if (!holds.existsById(agreementId)) {
            return false;
        }
        holds.deleteById(agreementId);
        return true;
    }
}
