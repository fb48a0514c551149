package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.FollowUpFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up; the six BIP indicators each have a column, so outcome figures can aggregate them in SQL. */
@MappedEntity(value = "agreement_follow_up", escape = false)
record AgreementFollowUpRow(@Id String id, String agreementId, @MappedProperty("follow_up_date") LocalDate date,
                            @MappedProperty("actual_hours") double actualHoursPerWeek,
                            @Nullable Integer effectivenessPercent,
                            @MappedProperty("follow_up_format") @Nullable FollowUpFormat format,
                            @Nullable Integer who5, @Nullable Integer gse,
                            @Nullable Integer bipCooperation, @Nullable Integer bipJobSearchKnowledge,
                            @Nullable Integer bipEnergy, @Nullable Integer bipHealth, @Nullable Integer bipAttendance,
                            @Nullable Integer bipConsultantAssessment,
                            boolean aftercare, @Nullable Boolean stillEmployed, @Nullable String notes,
                            String recordedBy, Instant createdAt) {
}
