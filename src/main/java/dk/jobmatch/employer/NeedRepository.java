package dk.jobmatch.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface NeedRepository extends CrudRepository<NeedRow, String> {

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
