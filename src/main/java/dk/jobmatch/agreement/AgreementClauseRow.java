package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

/**
 * One progression clause of a version, in its order ({@code ordinal} from 0), as a row beside the
 * version's JSON so the outcome figures can judge clauses in SQL (V17). Written with the version.
 */
@MappedEntity(value = "agreement_clause", escape = false)
record AgreementClauseRow(@Id String id, String versionId, int ordinal, LocalDate dueDate, double hoursPerWeek,
                          int effectivenessPercent) {
}
