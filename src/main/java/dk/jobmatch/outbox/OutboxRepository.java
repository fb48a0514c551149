package dk.jobmatch.outbox;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
public interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    @Query(value = "SELECT * FROM outbox WHERE id > :afterId ORDER BY id LIMIT :limit", nativeQuery = true)
    List<OutboxEntry> findAfter(long afterId, int limit);

    /** Takes {@code count} numbers; the counter row stays locked by this transaction until it ends. */
    @Query(value = "UPDATE outbox_counter SET last_id = last_id + :count WHERE id = 1", nativeQuery = true)
    long reserve(long count);

    @Query(value = "SELECT last_id FROM outbox_counter WHERE id = 1", nativeQuery = true)
    long lastReserved();

    /** The ids of the entities of one type changed by the rows numbered after {@code afterId} up to {@code upTo}. */
    @Query(value = "SELECT DISTINCT entity_id FROM outbox WHERE id > :afterId AND id <= :upTo AND entity_type = :type",
            nativeQuery = true)
    List<String> findEntityIdsBetween(long afterId, long upTo, String type);
}
