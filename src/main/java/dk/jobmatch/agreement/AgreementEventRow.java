package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** One event row; the debrief is JSON text (see AgreementStore), read and shown whole. */
@MappedEntity(value = "agreement_event", escape = false)
record AgreementEventRow(@Id String id, String agreementId, @MappedProperty("event_type") AgreementEvent.Type type,
                         @MappedProperty("event_date") LocalDate date, @Nullable EndReason reasonCode,
                         @Nullable String reason, @Nullable String debrief, String recordedBy, Instant createdAt) {
}
