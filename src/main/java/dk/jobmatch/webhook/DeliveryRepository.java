package dk.jobmatch.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface DeliveryRepository extends PageableRepository<Delivery, String> {

    Page<Delivery> findBySubscriptionId(String subscriptionId, Pageable pageable);

    @Query(value = "SELECT * FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now"
            + " ORDER BY next_attempt_at LIMIT :limit", nativeQuery = true)
    List<Delivery> findDue(Instant now, int limit);

    /** Takes a due delivery for one attempt; 0 when another instance took it first. */
    @Query(value = "UPDATE webhook_delivery SET next_attempt_at = :leaseUntil WHERE id = :id"
            + " AND status = 'PENDING' AND attempts = :attempts AND next_attempt_at <= :now", nativeQuery = true)
    long claim(String id, int attempts, Instant now, Instant leaseUntil);
}
