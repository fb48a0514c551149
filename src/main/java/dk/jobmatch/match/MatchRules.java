package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The contract's five hard constraints, in one place for both match directions and the tests.
 * {@link #carve} finds a match that satisfies them; {@link #violations} checks a proposed one.
 */
final class MatchRules {

    private MatchRules() {
    }

    /** The best bundle of tasks this citizen may do for this need, or empty if none may be proposed. */
    static Optional<Carving> carve(Need need, Place workplace, Citizen citizen, ToDoubleFunction<Task> value) {
        return permitted(need, workplace, citizen).flatMap(permitted -> carve(permitted, value));
    }

    /** The best bundle of the permitted tasks inside the permitted hours, or empty if none fits. */
    static Optional<Carving> carve(Permitted permitted, ToDoubleFunction<Task> value) {
        return TaskCarver.carve(permitted.tasks(), permitted.window(), value);
    }

    /**
     * What guarantees 1, 2, 4 and 5 leave of a pair before a bundle is chosen: the tasks the citizen
     * may do (in the need's order) and the hours both sides accept; empty when the pair may not be
     * matched at all or their hours do not overlap.
     */
    static Optional<Permitted> permitted(Need need, Place workplace, Citizen citizen) {
        if (!eligible(need, workplace, citizen)) {
            return Optional.empty();
        }
        return window(need, citizen).map(window -> new Permitted(allowedTasks(need, citizen), window));
    }

    /** The need's tasks the citizen may do (guarantee 2), in the need's order. */
    static List<Task> allowedTasks(Need need, Citizen citizen) {
        return need.tasks().stream().filter(t -> allowed(t, need, citizen)).toList();
    }

    /** The tasks a citizen may do for a need and the hours both accept (see {@link #permitted}). */
    record Permitted(List<Task> tasks, HourRange window) {
    }

    /** Every guarantee the proposal breaks, in words; empty when it is a valid match. */
    static List<String> violations(Need need, Place workplace, Citizen citizen, Collection<String> taskIds,
                                   double proposedHours) {
        List<String> broken = new ArrayList<>();
        if (!citizen.qualifications().containsAll(need.nonNegotiables())) {
            broken.add("1: a non-negotiable requirement is not met");
        }
        List<Task> tasks = need.tasks().stream().filter(t -> taskIds.contains(t.id())).toList();
        if (tasks.size() != Set.copyOf(taskIds).size()) {
            broken.add("2: a matched task is not a task of the need");
        }
        if (tasks.stream().anyMatch(t -> !allowed(t, need, citizen))) {
            broken.add("2: a matched task conflicts with an accommodation no flexibility lifts");
        }
        double sum = tasks.stream().mapToDouble(Task::hoursPerWeek).sum();
        if (tasks.isEmpty() || Math.abs(sum - proposedHours) > 1e-9
                || !citizen.hoursPerWeek().contains(proposedHours) || !need.hoursPerWeek().contains(proposedHours)) {
            broken.add("3: the hours are not the tasks' sum inside both ranges");
        }
        if (!withinReach(workplace, citizen)) {
            broken.add("4: the workplace is beyond the citizen's travel distance");
        }
        if (!citizen.consent() || need.status() != NeedStatus.OPEN) {
            broken.add("5: no consent or the need is not open");
        }
        return broken;
    }

    /** Guarantees 1, 4 and 5: whether the pair may be matched at all. */
    static boolean eligible(Need need, Place workplace, Citizen citizen) {
        return citizen.consent()
                && need.status() == NeedStatus.OPEN
                && citizen.qualifications().containsAll(need.nonNegotiables())
                && withinReach(workplace, citizen);
    }

    /** Guarantee 2 for one task: no demand or time slot is ruled out unless a flexibility lifts it. */
    static boolean allowed(Task task, Need need, Citizen citizen) {
        return conflicts(task, need, citizen).isEmpty();
    }

    /** The accommodations this task conflicts with that no flexibility of the need lifts. */
    static Set<Accommodation> conflicts(Task task, Need need, Citizen citizen) {
        return citizen.accommodations().stream()
                .filter(a -> task.demands().stream().anyMatch(d -> a.rulesOut(d) && !lifted(need, d))
                        || task.schedule().stream().anyMatch(s -> a.rulesOut(s) && !lifted(need, s)))
                .collect(Collectors.toSet());
    }

    /** The flexibilities of the need that lift a conflict this citizen's accommodations would cause. */
    static Set<Flexibility> liftingFlexibilities(Need need, Citizen citizen) {
        return need.flexibilities().stream()
                .filter(f -> need.tasks().stream().anyMatch(t ->
                        t.demands().stream().anyMatch(d -> f.lifts(d) && rulesOut(citizen, d))
                                || t.schedule().stream().anyMatch(s -> f.lifts(s) && rulesOut(citizen, s))))
                .collect(Collectors.toSet());
    }

    /** The citizen's accommodations whose conflicts this flexibility lifts. */
    static Set<Accommodation> accommodationsLiftedBy(Flexibility flexibility, Citizen citizen) {
        return citizen.accommodations().stream()
                .filter(a -> Arrays.stream(TaskDemand.values()).anyMatch(d -> a.rulesOut(d) && flexibility.lifts(d))
                        || Arrays.stream(TimeSlot.values()).anyMatch(s -> a.rulesOut(s) && flexibility.lifts(s)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Accommodation.class)));
    }

    /** Hours both sides accept, or empty when the ranges do not overlap. */
    static Optional<HourRange> window(Need need, Citizen citizen) {
        HourRange a = need.hoursPerWeek();
        HourRange b = citizen.hoursPerWeek();
        return a.overlaps(b) ? Optional.of(new HourRange(Math.max(a.min(), b.min()), Math.min(a.max(), b.max())))
                : Optional.empty();
    }

    /** Guarantee 4; only applies when both locations and the travel limit are known. */
    static boolean withinReach(Place workplace, Citizen citizen) {
        Place home = citizen.location();
        if (workplace == null || home == null || !workplace.hasCoordinates() || !home.hasCoordinates()
                || citizen.maxTravelKm() == null) {
            return true;
        }
        return home.distanceKm(workplace) <= citizen.maxTravelKm();
    }

    private static boolean rulesOut(Citizen citizen, TaskDemand demand) {
        return citizen.accommodations().stream().anyMatch(a -> a.rulesOut(demand));
    }

    private static boolean rulesOut(Citizen citizen, TimeSlot slot) {
        return citizen.accommodations().stream().anyMatch(a -> a.rulesOut(slot));
    }

    private static boolean lifted(Need need, TaskDemand demand) {
        return need.flexibilities().stream().anyMatch(f -> f.lifts(demand));
    }

    private static boolean lifted(Need need, TimeSlot slot) {
        return need.flexibilities().stream().anyMatch(f -> f.lifts(slot));
    }
}
