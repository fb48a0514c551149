package dk.jobmatch.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface EmployerRepository extends PageableRepository<Employer, String> {

    boolean existsByCvr(String cvr);
}
