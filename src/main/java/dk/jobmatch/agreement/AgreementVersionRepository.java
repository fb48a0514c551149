package dk.jobmatch.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface AgreementVersionRepository extends CrudRepository<AgreementVersionRow, String> {

    Optional<AgreementVersionRow> findByAgreementIdAndVersion(String agreementId, int version);
}
