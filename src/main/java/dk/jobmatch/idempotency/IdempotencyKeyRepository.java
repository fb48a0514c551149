package dk.jobmatch.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The filter calls these outside any transaction: each is one statement, committed on its own, so
 * a claim is visible to a concurrent request at once, and the insert that loses a race leaves no
 * aborted transaction behind (PostgreSQL refuses everything after an error until rollback).
 */
@JdbcRepository(dialect = Dialect.ANSI)
interface IdempotencyKeyRepository extends GenericRepository<IdempotencyKey, IdempotencyKey.Id> {

    Optional<IdempotencyKey> findById(IdempotencyKey.Id id);

    /** Claims the key for a request now starting; false when someone holds it already. */
    default boolean claim(String caller, String key, Instant now) {
        try {
            return insertIfAbsent(caller, key, now) == 1;
        } catch (DataAccessException e) {
            // Two requests claimed at the same instant and both passed the NOT EXISTS; the primary
            // key let one win. 23505 is the unique violation in H2 and PostgreSQL alike.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return false;
                }
            }
            throw e;
        }
    }

    /** Use {@link #claim}, which also answers the race this statement loses with a unique violation. */
    @Query(value = "INSERT INTO idempotency_key (caller, idem_key, created_at) SELECT :caller, :key, :now"
            + " WHERE NOT EXISTS (SELECT 1 FROM idempotency_key WHERE caller = :caller AND idem_key = :key)",
            nativeQuery = true)
    int insertIfAbsent(String caller, String key, Instant now);

    /** Records the answer to replay. */
    void update(@Id IdempotencyKey.Id id, int status, @Nullable String location, @Nullable String body);

    /** A failed request gives the key back, so the corrected request can use it; a recorded answer stays. */
    void deleteByIdAndStatusIsNull(IdempotencyKey.Id id);

    int deleteByCreatedAtLessThan(Instant before);
}
