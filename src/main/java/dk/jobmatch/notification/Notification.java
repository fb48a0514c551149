package dk.jobmatch.notification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** One message to one consultant about a course event on an agreement, in Danish. */
@MappedEntity(value = "notification", escape = false)
public record Notification(
        @Id String id,
        String recipient,
        String agreementId,
        Kind kind,
        LocalDate eventDate,
        @MappedProperty("message") String text,
        Instant createdAt) {

    /** The course events that notify: those someone else may have recorded and the consultant must act on. */
    public enum Kind { HOURS_REDUCED, STOPPED, ORDINARY_HOURS, HIRED }
}
