package dk.jobmatch.citizen;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;

@JdbcRepository(dialect = Dialect.ANSI)
interface TeamMemberRepository extends CrudRepository<TeamMemberRow, String> {

    void deleteByCitizenId(String citizenId);

    void deleteByCitizenIdIn(Collection<String> citizenIds);
}
