package dk.jobmatch.employer;

import dk.jobmatch.common.Codes;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;

import java.util.List;
import java.util.Set;

/** One concrete task of a need; a match may take only some of a need's tasks. */
public record Task(
        String id,
        String title,
        String description,
        double hoursPerWeek,
        List<String> competences,
        Set<TaskDemand> demands,
        Set<TimeSlot> schedule) {

    public Task {
        competences = competences == null ? List.of() : List.copyOf(competences);
        demands = Codes.sorted(TaskDemand.class, demands);
        schedule = Codes.sorted(TimeSlot.class, schedule);
    }

    Task withId(String newId) {
        return new Task(newId, title, description, hoursPerWeek, competences, demands, schedule);
    }
}
