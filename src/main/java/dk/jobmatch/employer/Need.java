package dk.jobmatch.employer;

import dk.jobmatch.common.Codes;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.Qualification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One substitution-wheel analysis: the employer's tasks (with competences, demands and schedule),
 * its non-negotiable requirements, its flexibilities and the hour range of the role.
 */
public record Need(
        String id,
        String employerId,
        String title,
        String description,
        PlacementType placementType,
        NeedStatus status,
        HourRange hoursPerWeek,
        Set<Qualification> nonNegotiables,
        Set<Flexibility> flexibilities,
        List<Task> tasks,
        Instant createdAt,
        Instant updatedAt) {

    public Need {
        nonNegotiables = Codes.sorted(Qualification.class, nonNegotiables);
        flexibilities = Codes.sorted(Flexibility.class, flexibilities);
        tasks = List.copyOf(tasks);
    }

    Need withIdentity(String newId, String newEmployerId, Instant created, Instant updated) {
        return new Need(newId, newEmployerId, title, description, placementType, status, hoursPerWeek, nonNegotiables,
                flexibilities, tasks, created, updated);
    }

    Need withTasks(List<Task> newTasks) {
        return new Need(id, employerId, title, description, placementType, status, hoursPerWeek, nonNegotiables,
                flexibilities, newTasks, createdAt, updatedAt);
    }

    Need withStatus(NeedStatus newStatus) {
        return new Need(id, employerId, title, description, placementType, newStatus, hoursPerWeek, nonNegotiables,
                flexibilities, tasks, createdAt, updatedAt);
    }

    /**
     * A strong entity tag of the need as read: it changes with every edit (updatedAt) and with
     * what agreements hold (status, held places), since both change the representation.
     */
    public String entityTag() {
        int state = java.util.Objects.hash(status, tasks.stream().map(t -> t.id() + ":" + t.held()).toList());
        return "\"" + Long.toString(updatedAt.toEpochMilli(), 36) + "-" + Integer.toHexString(state) + "\"";
    }

    /** The need as matching may carve it: only tasks with a place still free. */
    public Need withFreeTasksOnly() {
        return tasks.stream().allMatch(task -> task.available() > 0) ? this
                : withTasks(tasks.stream().filter(task -> task.available() > 0).toList());
    }

    public double totalTaskHours() {
        return tasks.stream().mapToDouble(Task::hoursPerWeek).sum();
    }
}
