package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

@MappedEntity(value = "agreement_event", escape = false)
record AgreementEventRow(@Id String id, String agreementId, @MappedProperty("event_type") AgreementEvent.Type type,
                         @MappedProperty("event_date") LocalDate date, @Nullable String reason, String recordedBy,
                         Instant createdAt) {
}
