package dk.jobmatch.citizen;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity(value = "citizen", escape = false)
record CitizenRow(
        @Id String id,
        String externalRef,
        @Nullable String displayName,
        @Nullable String targetGroup,
        String competences,
        @Nullable String experience,
        String qualifications,
        String accommodations,
        @Nullable String accommodationNotes,
        double hoursMin,
        double hoursMax,
        @Nullable Integer effectivenessPercent,
        @Nullable String postcode,
        @Nullable String city,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable Double maxTravelKm,
        boolean consent,
        Instant createdAt,
        Instant updatedAt) {
}
