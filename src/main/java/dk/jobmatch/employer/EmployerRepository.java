package dk.jobmatch.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface EmployerRepository extends PageableRepository<Employer, String> {

    List<Employer> findByIdIn(Collection<String> ids);

    boolean existsByCvr(String cvr);
}
