package dk.jobmatch.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface TaskRepository extends CrudRepository<TaskRow, String> {

    List<TaskRow> findByNeedIdInOrderByOrdinal(Collection<String> needIds);

    void deleteByNeedId(String needId);
}
