package dk.jobmatch.capacity;

import dk.jobmatch.common.TextLists;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.List;

/** What one current agreement takes: some of a need's tasks, and hours of the citizen's week. */
@MappedEntity(value = "capacity_hold", escape = false)
record Hold(@Id String agreementId, String needId, String citizenId, double hoursPerWeek, String taskIds) {

    List<String> tasks() {
        return TextLists.split(taskIds);
    }
}
