package dk.jobmatch.citizen;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface MeasuredCapacityRepository extends CrudRepository<MeasuredCapacityRow, String> {

    List<MeasuredCapacityRow> findByCitizenIdIn(Collection<String> citizenIds);
}
