package dk.jobmatch.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface AgreementEventRepository extends CrudRepository<AgreementEventRow, String> {

    boolean existsByAgreementIdAndType(String agreementId, AgreementEvent.Type type);

    List<AgreementEventRow> findByAgreementIdOrderByDate(String agreementId);

    List<AgreementEventRow> findByTypeInOrderByDate(Collection<AgreementEvent.Type> types);
}
