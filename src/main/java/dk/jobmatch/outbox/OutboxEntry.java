package dk.jobmatch.outbox;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * One committed change to an indexed entity. Written in the same transaction as the change, so
 * the search index (a projection) can always be brought up to date from the database.
 */
@MappedEntity(value = "outbox", escape = false)
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        String entityId,
        Operation operation,
        Instant createdAt) {

    public enum Operation { UPSERT, DELETE }
}
