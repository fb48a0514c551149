package dk.jobmatch.outbox;

import dk.jobmatch.common.BulkRows;
import dk.jobmatch.outbox.OutboxEntry.Change;
import dk.jobmatch.outbox.OutboxEntry.Operation;
import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Records changes. Must be called inside the writing transaction: the row commits or rolls back
 * with the change itself, so no reader ever sees a change that failed.
 *
 * <p>Numbers come from a counter row updated in the same transaction; its lock is held until
 * commit, so the writers' last steps run one at a time and the numbers become visible in commit
 * order, without gaps (a rollback returns its numbers). Call this as the transaction's last write.
 */
@Singleton
public class Outbox {

    private static final List<String> COLUMNS = List.of("id", "entity_type", "entity_id", "operation", "change_type",
            "detail", "reason_code", "created_at");

    private final OutboxRepository repository;
    private final BulkRows bulkRows;
    private final ApplicationEventPublisher<OutboxWritten> events;
    private final Clock clock;

    Outbox(OutboxRepository repository, BulkRows bulkRows, ApplicationEventPublisher<OutboxWritten> events,
           Clock clock) {
        this.repository = repository;
        this.bulkRows = bulkRows;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void created(EntityType entityType, String entityId) {
        write(entityType, List.of(entityId), Change.CREATED, null, null, false);
    }

    /** A creation that has a name of its own, e.g. an introduction PROPOSED. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void created(EntityType entityType, String entityId, ChangeDetail detail) {
        write(entityType, List.of(entityId), Change.CREATED, detail, null, false);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void updated(EntityType entityType, String entityId) {
        write(entityType, List.of(entityId), Change.UPDATED, null, null, false);
    }

    /** An update that has a name of its own, e.g. an agreement ACTIVATED or HIRED. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void updated(EntityType entityType, String entityId, ChangeDetail detail) {
        write(entityType, List.of(entityId), Change.UPDATED, detail, null, false);
    }

    /** A course event with the coded reason it was recorded with (STOPPED, EMPLOYMENT_ENDED), if any. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void updated(EntityType entityType, String entityId, ChangeDetail detail, @Nullable EndReason reasonCode) {
        write(entityType, List.of(entityId), Change.UPDATED, detail, reasonCode, false);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deleted(EntityType entityType, String entityId) {
        write(entityType, List.of(entityId), Change.DELETED, null, null, false);
    }

    /** Many changes in one statement batch and one after-commit notice (a bulk import batch). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void changedAll(EntityType entityType, Change change, List<String> entityIds) {
        write(entityType, entityIds, change, null, null, true);
    }

    private void write(EntityType entityType, List<String> entityIds, Change change, @Nullable ChangeDetail detail,
                       @Nullable EndReason reasonCode, boolean bulk) {
        if (entityIds.isEmpty()) {
            return;
        }
        repository.reserve(entityIds.size());
        long id = repository.lastReserved() - entityIds.size();
        Instant now = clock.instant();
        Operation operation = change == Change.DELETED ? Operation.DELETE : Operation.UPSERT;
        // One multi-row write (COPY on PostgreSQL), as a bulk import writes its profiles: a
        // repository's saveAll maps and binds each row through introspection. The columns are
        // OutboxEntry's, stored as its mapping stores them (the entity type by its value).
        List<List<Object>> rows = new ArrayList<>(entityIds.size());
        for (String entityId : entityIds) {
            rows.add(BulkRows.row(++id, entityType.value(), entityId, operation.name(), change.name(), nameOf(detail),
                    nameOf(reasonCode), now));
        }
        bulkRows.insert("outbox", COLUMNS, rows);
        // Delivered after commit only (see the listeners), so readers can catch up at once.
        events.publishEvent(new OutboxWritten(entityType, entityIds.getLast(), bulk));
    }

    private static String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * Published when a transaction wrote outbox rows; listeners use AFTER_COMMIT. {@code bulk}
     * marks a batch of an import, whose writer does not wait for the index after each batch.
     */
    public record OutboxWritten(EntityType entityType, String entityId, boolean bulk) {
    }
}
