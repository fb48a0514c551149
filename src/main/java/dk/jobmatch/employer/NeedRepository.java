package dk.jobmatch.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface NeedRepository extends CrudRepository<NeedRow, String> {

    /**
     * A need's last activity, as an SQL expression over the need row {@code n}: the latest of its
     * own last change and the latest agreement for it (created or changed: an agreement's
     * updated_at moves with each) and the latest introduction to it (proposed or answered). The one
     * place that says what counts as activity for stale needs.
     */
    String LAST_ACTIVITY = "GREATEST(n.updated_at,"
            + " COALESCE((SELECT MAX(a.updated_at) FROM agreement a WHERE a.need_id = n.id), n.updated_at),"
            + " COALESCE((SELECT MAX(COALESCE(i.answered_at, i.proposed_at)) FROM introduction i"
            + " WHERE i.need_id = n.id), n.updated_at))";

    /** Each need's last activity (see {@link #LAST_ACTIVITY}). */
    @Query(value = "SELECT n.id AS need_id, " + LAST_ACTIVITY + " AS last_activity_at FROM need n"
            + " WHERE n.id IN (:ids)", nativeQuery = true)
    List<NeedActivity> findLastActivity(Collection<String> ids);

    /** OPEN needs whose last activity is before the instant, by id. */
    @Query(value = "SELECT n.id FROM need n WHERE n.status = 'OPEN' AND " + LAST_ACTIVITY + " < :idleBefore"
            + " ORDER BY n.id", nativeQuery = true)
    List<String> findOpenIdleBefore(Instant idleBefore);

    /**
     * Compare-and-set: EXPIRED only if the need is still OPEN and still idle, as this statement
     * sees it; 0 when someone else expired, changed or used it first. Its own updated_at stays:
     * that is the need's own last change, and a PUT moves it.
     */
    @Query(value = "UPDATE need n SET status = 'EXPIRED', filled_automatically = FALSE"
            + " WHERE n.id = :id AND n.status = 'OPEN' AND " + LAST_ACTIVITY + " < :idleBefore", nativeQuery = true)
    long expireIfIdle(String id, Instant idleBefore);

    List<NeedRow> findByIdIn(Collection<String> ids);

    /** Locks the need's row until commit: agreements on one need are allocated one at a time. */
    @Query(value = "SELECT * FROM need WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<NeedRow> findByIdForUpdate(String id);

    @Query(value = "UPDATE need SET status = :status, filled_automatically = :automatically WHERE id = :id",
            nativeQuery = true)
    void updateStatus(String id, String status, boolean automatically);

    @Query(value = "SELECT * FROM need WHERE id > :afterId ORDER BY id LIMIT :limit", nativeQuery = true)
    List<NeedRow> findBatchAfter(String afterId, int limit);
}
