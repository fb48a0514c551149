package dk.jobmatch.citizen;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface MeasuredCapacityRepository extends CrudRepository<MeasuredCapacityRow, String> {
}
