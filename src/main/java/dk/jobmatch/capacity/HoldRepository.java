package dk.jobmatch.capacity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface HoldRepository extends CrudRepository<Hold, String> {

    List<Hold> findByNeedIdIn(Collection<String> needIds);

    List<Hold> findByCitizenIdIn(Collection<String> citizenIds);

    List<Hold> findByAgreementIdIn(Collection<String> agreementIds);
}
