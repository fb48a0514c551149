package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One version's content, kept whole as JSON (see V3__agreements.sql). */
@MappedEntity(value = "agreement_version", escape = false)
record AgreementVersionRow(@Id String id, String agreementId, int version, String content, String createdBy,
                           Instant createdAt) {
}
