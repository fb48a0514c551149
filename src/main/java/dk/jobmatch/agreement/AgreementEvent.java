package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** Something that changed the course of a placement, recorded by the consultant. */
record AgreementEvent(String id, Type type, LocalDate date, @Nullable String reason, String recordedBy,
                      Instant createdAt) {

    enum Type {
        ORDINARY_HOURS, HOURS_REDUCED, STOPPED, HIRED
    }
}
