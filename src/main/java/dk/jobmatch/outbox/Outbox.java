package dk.jobmatch.outbox;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Records changes to indexed entities. Must be called inside the writing transaction: the row
 * commits or rolls back with the change itself, so the index never sees a change that failed.
 */
@Singleton
public class Outbox {

    private final OutboxRepository repository;
    private final ApplicationEventPublisher<OutboxWritten> events;
    private final Clock clock;

    Outbox(OutboxRepository repository, ApplicationEventPublisher<OutboxWritten> events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void upserted(String entityType, String entityId) {
        record(entityType, entityId, OutboxEntry.Operation.UPSERT);
    }

    /** Many upserts in one statement batch and one after-commit notice (bulk import). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void upsertedAll(String entityType, List<String> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        var now = clock.instant();
        repository.saveAll(entityIds.stream()
                .map(id -> new OutboxEntry(null, entityType, id, OutboxEntry.Operation.UPSERT, now)).toList());
        events.publishEvent(new OutboxWritten(entityType, entityIds.getLast(), true));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void deleted(String entityType, String entityId) {
        record(entityType, entityId, OutboxEntry.Operation.DELETE);
    }

    private void record(String entityType, String entityId, OutboxEntry.Operation operation) {
        repository.save(new OutboxEntry(null, entityType, entityId, operation, clock.instant()));
        // Delivered after commit only (see the listener), so readers can catch up at once.
        events.publishEvent(new OutboxWritten(entityType, entityId, false));
    }

    /**
     * Published when a transaction wrote outbox rows; listeners use AFTER_COMMIT. {@code bulk}
     * marks a batch of an import, whose writer does not wait for the index after each batch.
     */
    public record OutboxWritten(String entityType, String entityId, boolean bulk) {
    }
}
