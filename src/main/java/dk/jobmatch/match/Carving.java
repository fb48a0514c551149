package dk.jobmatch.match;

import dk.jobmatch.employer.Task;

import java.util.List;

/** The bundle of a need's tasks proposed for one citizen, and its weekly hours. */
record Carving(List<Task> tasks, double hoursPerWeek) {

    Carving {
        tasks = List.copyOf(tasks);
    }

    List<String> taskIds() {
        return tasks.stream().map(Task::id).toList();
    }
}
