package dk.jobmatch.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity(value = "need_task", escape = false)
record TaskRow(
        @Id String id,
        String needId,
        int ordinal,
        String title,
        @Nullable String description,
        double hoursPerWeek,
        String competences,
        String demands,
        String schedule,
        int capacity) {
}
