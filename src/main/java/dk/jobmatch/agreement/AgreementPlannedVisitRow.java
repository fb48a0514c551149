package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * One planned workplace visit of a version, in its order ({@code ordinal} from 0), as a row beside
 * the version's JSON so the outcome figures can count visits in SQL (V17). Written with the version.
 */
@MappedEntity(value = "agreement_planned_visit", escape = false)
record AgreementPlannedVisitRow(@Id String id, String versionId, int ordinal, LocalDate visitDate) {
}
