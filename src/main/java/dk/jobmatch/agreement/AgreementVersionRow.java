package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version's content, kept whole as JSON (see V3__agreements.sql), with the plan facts the
 * outcome figures aggregate in SQL beside it: the start date and start hours (V17; the clauses and
 * planned visits are rows of their own).
 */
@MappedEntity(value = "agreement_version", escape = false)
record AgreementVersionRow(@Id String id, String agreementId, int version, String content, String createdBy,
                           Instant createdAt, LocalDate startDate, double hoursPerWeek) {
}
