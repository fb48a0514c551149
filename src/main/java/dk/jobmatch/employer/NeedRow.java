package dk.jobmatch.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity(value = "need", escape = false)
record NeedRow(
        @Id String id,
        String employerId,
        String title,
        @Nullable String description,
        String placementType,
        String status,
        double hoursMin,
        double hoursMax,
        String nonNegotiables,
        String flexibilities,
        Instant createdAt,
        Instant updatedAt,
        boolean filledAutomatically) {
}
