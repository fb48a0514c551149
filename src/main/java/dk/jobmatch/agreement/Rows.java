package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** The agreement's child rows. */
final class Rows {

    private Rows() {
    }

    @MappedEntity(value = "agreement_version", escape = false)
    record Version(@Id String id, String agreementId, int version, String content, String createdBy,
                   Instant createdAt) {
    }

    @MappedEntity(value = "agreement_approval", escape = false)
    record Approval(@Id String id, String agreementId, int version, Party party, String approvedBy,
                    Instant approvedAt) {
    }

    @MappedEntity(value = "agreement_follow_up", escape = false)
    record FollowUp(@Id String id, String agreementId, @MappedProperty("follow_up_date") LocalDate date,
                    @MappedProperty("actual_hours") double actualHoursPerWeek,
                    @Nullable Integer effectivenessPercent, @Nullable Integer who5, @Nullable String notes,
                    String recordedBy, Instant createdAt) {
    }

    @MappedEntity(value = "agreement_event", escape = false)
    record Event(@Id String id, String agreementId, @MappedProperty("event_type") EventType type,
                 @MappedProperty("event_date") LocalDate date, @Nullable String reason, String recordedBy,
                 Instant createdAt) {
    }

    enum EventType {
        ORDINARY_HOURS, HOURS_REDUCED, STOPPED, HIRED
    }
}
