package dk.jobmatch.employer;

import dk.jobmatch.common.Codes;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;

import java.util.List;
import java.util.Set;

/**
 * One concrete task of a need; a match may take only some of a need's tasks. Up to
 * {@code capacity} citizens can hold it at once; {@code held} is how many current agreements do
 * (derived from the holds when the need is read, never stored with the task).
 */
public record Task(
        String id,
        String title,
        String description,
        double hoursPerWeek,
        List<String> competences,
        Set<TaskDemand> demands,
        Set<TimeSlot> schedule,
        int capacity,
        int held) {

    public Task {
        competences = competences == null ? List.of() : List.copyOf(competences);
        demands = Codes.sorted(TaskDemand.class, demands);
        schedule = Codes.sorted(TimeSlot.class, schedule);
    }

    /** Places still free; never below zero, even if a capacity was lowered under what is held. */
    public int available() {
        return Math.max(0, capacity - held);
    }

    Task withId(String newId) {
        return new Task(newId, title, description, hoursPerWeek, competences, demands, schedule, capacity, held);
    }

    Task withHeld(int holds) {
        return new Task(id, title, description, hoursPerWeek, competences, demands, schedule, capacity, holds);
    }
}
