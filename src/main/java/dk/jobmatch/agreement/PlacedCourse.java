package dk.jobmatch.agreement;

import java.util.List;

/**
 * A placement as the outcome figures read it ({@link CourseRecord}), with the need it was made on
 * and the ids of the need's tasks its version in force agreed: what a match score needs to be
 * computed again for the pair. Like the record, nothing here names the citizen beyond the id.
 */
public record PlacedCourse(CourseRecord course, String needId, List<String> taskIds) {

    public PlacedCourse {
        taskIds = List.copyOf(taskIds);
    }
}
