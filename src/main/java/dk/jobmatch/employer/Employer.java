package dk.jobmatch.employer;

import dk.jobmatch.vocabulary.CompanySize;
import dk.jobmatch.vocabulary.Place;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An employer (virksomhed) with its fixed contact person. */
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
        Instant createdAt) {

    Employer withIdentity(String newId, Instant created) {
        return new Employer(newId, name, cvr, industry, companySize, workCulture, postcode, city, lat, lon, contactName,
                contactPhone, contactEmail, created);
    }

    /** Where the work is, or null when the employer has no address on file. */
    public Place place() {
        return postcode == null ? null : new Place(postcode, city, lat, lon);
    }
}
