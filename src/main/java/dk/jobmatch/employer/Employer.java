package dk.jobmatch.employer;

import dk.jobmatch.vocabulary.CompanySize;
import dk.jobmatch.vocabulary.Place;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employer (virksomhed) with its fixed contact person, its owner (the consultant who keeps the
 * contact; an account's username) and the last and next contact of its contact log.
 */
@MappedEntity(value = "employer", escape = false)
public record Employer(
        @Id String id,
        String name,
        String cvr,
        @Nullable String industry,
        @Nullable CompanySize companySize,
        @Nullable String workCulture,
        @Nullable String postcode,
        @Nullable String city,
        @Nullable Double lat,
        @Nullable Double lon,
        @Nullable String contactName,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        Instant createdAt,
        @Nullable String ownerUsername,
        @Nullable LocalDate lastContactDate,
        @Nullable LocalDate nextContactDate) {

    /** A new employer as registered: its id, the time, and its owner (null for none). */
    Employer registered(String newId, Instant created, @Nullable String owner) {
        return new Employer(newId, name, cvr, industry, companySize, workCulture, postcode, city, lat, lon, contactName,
                contactPhone, contactEmail, created, owner, null, null);
    }

    /**
     * Whether the contact is overdue on {@code today}: the next contact date has passed, or the
     * employer has an owner but no next contact planned. The list filter says the same in SQL
     * ({@link EmployerRepository#OVERDUE}).
     */
    public boolean contactOverdue(LocalDate today) {
        return nextContactDate == null ? ownerUsername != null : nextContactDate.isBefore(today);
    }

    /**
     * What matching reads, all fixed at registration: without the contact person, the owner and
     * the contact dates ({@link MatchingEmployers} keeps these copies between requests).
     */
    Employer forMatching() {
        return new Employer(id, name, cvr, industry, companySize, workCulture, postcode, city, lat, lon, null, null,
                null, createdAt, null, null, null);
    }

    /** Where the work is, or null when the employer has no address on file. */
    public Place place() {
        return postcode == null ? null : new Place(postcode, city, lat, lon);
    }
}
