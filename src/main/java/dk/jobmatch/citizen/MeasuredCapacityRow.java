package dk.jobmatch.citizen;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;

/** At most one per citizen; goes with the profile on erasure. */
@MappedEntity(value = "citizen_measured", escape = false)
record MeasuredCapacityRow(@Id String citizenId, double hoursPerWeek, @Nullable Integer effectivenessPercent,
                           @MappedProperty("measured_on") LocalDate date, String agreementId) {
}
