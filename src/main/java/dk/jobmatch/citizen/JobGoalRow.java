package dk.jobmatch.citizen;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "citizen_job_goal", escape = false)
record JobGoalRow(@Id String id, String citizenId, int ordinal, String priority, String title) {
}
