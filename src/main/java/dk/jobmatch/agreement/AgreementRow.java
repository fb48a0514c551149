package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity(value = "agreement", escape = false)
record AgreementRow(
        @Id String id,
        String citizenId,
        String needId,
        String employerId,
        String consultant,
        AgreementStatus status,
        int version,
        @Nullable Integer inForceVersion,
        Instant createdAt,
        Instant updatedAt) {
}
