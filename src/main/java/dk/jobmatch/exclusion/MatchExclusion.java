package dk.jobmatch.exclusion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One pair left out of matching: the citizen and either an employer (all its needs) or one need,
 * before {@code untilDate} (null: for good). {@code agreementId} names the agreement whose event
 * caused it, when one did.
 */
@MappedEntity(value = "match_exclusion", escape = false)
record MatchExclusion(@Id String id, String citizenId, @Nullable String employerId, @Nullable String needId,
                      @Nullable LocalDate untilDate, @Nullable String agreementId, Instant createdAt) {
}
