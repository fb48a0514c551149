package dk.jobmatch.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface NeedRepository extends CrudRepository<NeedRow, String> {

    List<NeedRow> findByIdIn(Collection<String> ids);

    @Query(value = "SELECT * FROM need WHERE id > :afterId ORDER BY id LIMIT :limit", nativeQuery = true)
    List<NeedRow> findBatchAfter(String afterId, int limit);
}
