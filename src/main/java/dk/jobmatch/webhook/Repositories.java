package dk.jobmatch.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.PageableRepository;

import java.time.Instant;
import java.util.List;

/** Micronaut Data repositories of the webhook tables. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface Subscriptions extends CrudRepository<Subscription, String> {
        List<Subscription> findByCreatedByOrderByCreatedAt(String createdBy);

        List<Subscription> listOrderByCreatedAt();
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface Deliveries extends PageableRepository<Delivery, String> {

        Page<Delivery> findBySubscriptionId(String subscriptionId, Pageable pageable);

        @Query(value = "SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at LIMIT :limit", nativeQuery = true)
        List<Delivery> findDue(Instant now, int limit);

        /** Takes a due delivery for one attempt; 0 when another instance took it first. */
        @Query(value = "UPDATE webhook_delivery SET next_attempt_at = :leaseUntil WHERE id = :id"
                + " AND status = 'PENDING' AND attempts = :attempts AND next_attempt_at <= :now", nativeQuery = true)
        long claim(String id, int attempts, Instant now, Instant leaseUntil);

        @Query(value = "SELECT last_outbox_id FROM webhook_cursor WHERE id = 1", nativeQuery = true)
        long cursor();

        /** Moves the dispatcher's cursor; 0 when another instance moved it first. Locks it until commit. */
        @Query(value = "UPDATE webhook_cursor SET last_outbox_id = :next WHERE id = 1 AND last_outbox_id = :expected",
                nativeQuery = true)
        long advanceCursor(long expected, long next);
    }

}
