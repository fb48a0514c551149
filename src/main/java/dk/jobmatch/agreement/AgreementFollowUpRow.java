package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity(value = "agreement_follow_up", escape = false)
record AgreementFollowUpRow(@Id String id, String agreementId, @MappedProperty("follow_up_date") LocalDate date,
                            @MappedProperty("actual_hours") double actualHoursPerWeek,
                            @Nullable Integer effectivenessPercent, @Nullable Integer who5, @Nullable String notes,
                            String recordedBy, Instant createdAt) {
}
