package dk.jobmatch.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Claimed keys and the responses recorded for them. */
@Singleton
class IdempotencyStore {

    record Stored(@Nullable Integer status, @Nullable String location, @Nullable String body) {
    }

    private final JdbcOperations jdbc;

    IdempotencyStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    Optional<Stored> find(String caller, String key) {
        return jdbc.prepareStatement("SELECT status, location, body FROM idempotency_key WHERE caller = ? AND idem_key = ?",
                statement -> {
                    statement.setString(1, caller);
                    statement.setString(2, key);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(new Stored((Integer) rows.getObject(1), rows.getString(2),
                                rows.getString(3))) : Optional.empty();
                    }
                });
    }

    /** Claims the key for a request now starting; false when someone holds it already. */
    @Transactional
    boolean claim(String caller, String key, Instant now) {
        return jdbc.prepareStatement("INSERT INTO idempotency_key (caller, idem_key, created_at) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM idempotency_key WHERE caller = ? AND idem_key = ?)", statement -> {
                    statement.setString(1, caller);
                    statement.setString(2, key);
                    statement.setObject(3, java.sql.Timestamp.from(now));
                    statement.setString(4, caller);
                    statement.setString(5, key);
                    try {
                        return statement.executeUpdate() == 1;
                    } catch (SQLException e) {
                        // Two requests claimed at the same instant; the primary key let one win.
                        if ("23505".equals(e.getSQLState())) {
                            return false;
                        }
                        throw e;
                    }
                });
    }

    @Transactional
    void complete(String caller, String key, int status, @Nullable String location, @Nullable String body) {
        jdbc.prepareStatement("UPDATE idempotency_key SET status = ?, location = ?, body = ? WHERE caller = ? AND idem_key = ?",
                statement -> {
                    statement.setInt(1, status);
                    statement.setString(2, location);
                    statement.setString(3, body);
                    statement.setString(4, caller);
                    statement.setString(5, key);
                    return statement.executeUpdate();
                });
    }

    /** A failed request gives the key back, so the corrected request can use it. */
    @Transactional
    void release(String caller, String key) {
        jdbc.prepareStatement("DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND status IS NULL",
                statement -> {
                    statement.setString(1, caller);
                    statement.setString(2, key);
                    return statement.executeUpdate();
                });
    }

    @Transactional
    int forgetBefore(Instant before) {
        return jdbc.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ?", statement -> {
            statement.setObject(1, java.sql.Timestamp.from(before));
            return statement.executeUpdate();
        });
    }
}
