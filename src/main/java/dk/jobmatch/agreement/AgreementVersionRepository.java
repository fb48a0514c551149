package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface AgreementVersionRepository extends CrudRepository<AgreementVersionRow, String> {

    Optional<AgreementVersionRow> findByAgreementIdAndVersion(String agreementId, int version);

    /** The version in force of every placement (agreement that came into force), in one query. */
    @Query(value = "SELECT v.* FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id"
            + " AND v.version = a.in_force_version", nativeQuery = true)
    List<AgreementVersionRow> findInForceOfPlacements();
}
