package dk.jobmatch.outbox;

import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * One committed change to an entity. Written in the same transaction as the change, so the search
 * index (a projection), the change feed and webhooks can always be brought up to date from the
 * database. Ids are numbered in commit order (see {@link Outbox}). Carries no personal data:
 * an ending's {@code reasonCode} is a code from the contract's list, never the consultant's text.
 */
@MappedEntity(value = "outbox", escape = false)
public record OutboxEntry(
        @Id Long id,
        @MappedProperty(converter = EntityTypeColumn.class) EntityType entityType,
        String entityId,
        Operation operation,
        @MappedProperty("change_type") Change change,
        @Nullable ChangeDetail detail,
        @Nullable EndReason reasonCode,
        Instant createdAt) {

    /** What the search index does with the row. */
    public enum Operation { UPSERT, DELETE }

    /** What happened to the entity, as the change feed tells it. */
    public enum Change { CREATED, UPDATED, DELETED }
}
