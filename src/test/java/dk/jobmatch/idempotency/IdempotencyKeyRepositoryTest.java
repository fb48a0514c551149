package dk.jobmatch.idempotency;

import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.ServerTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The key table's statements on the database under test: the mapping of the composite key, claims and their race. */
@ServerTest
class IdempotencyKeyRepositoryTest {

    private static final Instant NOW = Instant.parse("2030-05-01T10:00:00Z");

    @Inject
    IdempotencyKeyRepository keys;
    @Inject
    DataSource dataSource;

    @Test
    void aKeyIsClaimedOnceAndReleasedOnlyWhileInProgress() {
        var id = new IdempotencyKey.Id("claimer", UUID.randomUUID().toString());

        assertThat(keys.claim(id.caller(), id.key(), NOW)).isTrue();
        assertThat(keys.claim(id.caller(), id.key(), NOW)).isFalse();
        assertThat(keys.claim("someone-else", id.key(), NOW)).isTrue();
        assertThat(keys.findById(id)).contains(new IdempotencyKey(id, null, null, null, NOW));

        keys.deleteByIdAndStatusIsNull(id);
        assertThat(keys.findById(id)).isEmpty();
        assertThat(keys.findById(new IdempotencyKey.Id("someone-else", id.key()))).isPresent();

        assertThat(keys.claim(id.caller(), id.key(), NOW)).isTrue();
        keys.update(id, 201, "/api/v1/things/1", "{\"id\":\"1\"}");
        keys.deleteByIdAndStatusIsNull(id);
        assertThat(keys.findById(id)).contains(new IdempotencyKey(id, 201, "/api/v1/things/1", "{\"id\":\"1\"}", NOW));
    }

    @Test
    void keysClaimedBeforeTheCutOffAreForgotten() {
        String key = UUID.randomUUID().toString();
        Instant old = Instant.parse("2001-01-01T00:00:00Z");
        keys.claim("old", key, old);
        keys.claim("young", key, old.plus(2, ChronoUnit.DAYS));

        assertThat(keys.deleteByCreatedAtLessThan(old.plus(1, ChronoUnit.DAYS))).isEqualTo(1);
        assertThat(keys.findById(new IdempotencyKey.Id("old", key))).isEmpty();
        assertThat(keys.findById(new IdempotencyKey.Id("young", key))).isPresent();
    }

    /**
     * The NOT EXISTS cannot see a claim another transaction has not committed yet: the insert then
     * waits on the primary key and fails with a unique violation once that claim commits, which
     * must read as "held by someone else", not as an error.
     */
    @Test
    void theClaimThatLosesTheRaceOnThePrimaryKeyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        try (Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (PreparedStatement insert = first.prepareStatement(
                    "INSERT INTO idempotency_key (caller, idem_key, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, "racer");
                insert.setString(2, key);
                insert.setTimestamp(3, Timestamp.from(NOW));
                insert.executeUpdate();
            }
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> keys.claim("racer", key, NOW));
            Eventually.within(Duration.ofSeconds(10), () -> claimWaits(first));
            first.commit();

            assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        }
    }

    // PostgreSQL shows the claim waiting for the first claim's transaction (pg_locks, which unlike
    // pg_stat_activity is not a snapshot fixed for the transaction); H2 only that it is running,
    // which is the wait too (its NOT EXISTS takes microseconds, the polling 50 ms).
    private static boolean claimWaits(Connection connection) {
        try {
            String waiting = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")
                    ? "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted"
                    : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE EXECUTING_STATEMENT LIKE"
                            + " 'INSERT INTO idempotency_key (caller, idem_key, created_at) SELECT%'";
            try (PreparedStatement query = connection.prepareStatement(waiting);
                 ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
