package dk.jobmatch.citizen;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface TeamMemberRepository extends CrudRepository<TeamMemberRow, String> {

    List<TeamMemberRow> findByCitizenIdInOrderByOrdinal(Collection<String> citizenIds);

    void deleteByCitizenId(String citizenId);

    void deleteByCitizenIdIn(Collection<String> citizenIds);
}
