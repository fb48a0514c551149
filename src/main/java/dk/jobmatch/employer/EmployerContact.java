package dk.jobmatch.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;

/** One logged contact with an employer, by the consultant who had it (a username). */
@MappedEntity(value = "employer_contact", escape = false)
record EmployerContact(
        @Id String id,
        String employerId,
        @MappedProperty("contact_date") LocalDate date,
        @MappedProperty("contact_format") ContactFormat format,
        @Nullable String summary,
        @Nullable LocalDate nextContactDate,
        String consultant,
        Instant createdAt) {

    /** A contact as sent by a client: the server sets the employer, the consultant and the rest. */
    EmployerContact logged(String newId, String employer, String by, Instant at) {
        String text = summary == null || summary.isBlank() ? null : summary.strip();
        return new EmployerContact(newId, employer, date, format, text, nextContactDate, by, at);
    }
}
