package dk.jobmatch.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface AgreementFollowUpRepository extends CrudRepository<AgreementFollowUpRow, String> {

    List<AgreementFollowUpRow> findByAgreementIdOrderByDate(String agreementId);
}
