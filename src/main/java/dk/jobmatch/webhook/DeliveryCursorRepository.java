package dk.jobmatch.webhook;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface DeliveryCursorRepository extends GenericRepository<DeliveryCursor, Integer> {

    @Query(value = "SELECT last_outbox_id FROM webhook_cursor WHERE id = 1", nativeQuery = true)
    long position();

    /** Moves the cursor; 0 when another instance moved it first. Locks it until commit. */
    @Query(value = "UPDATE webhook_cursor SET last_outbox_id = :next WHERE id = 1 AND last_outbox_id = :expected",
            nativeQuery = true)
    long advance(long expected, long next);
}
