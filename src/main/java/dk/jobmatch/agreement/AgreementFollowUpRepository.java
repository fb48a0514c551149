package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface AgreementFollowUpRepository extends CrudRepository<AgreementFollowUpRow, String> {

    List<AgreementFollowUpRow> findByAgreementIdOrderByDate(String agreementId);

    /** Every follow-up of every placement (agreement that came into force), in one query. */
    @Query(value = "SELECT f.* FROM agreement_follow_up f JOIN agreement a ON a.id = f.agreement_id"
            + " WHERE a.in_force_version IS NOT NULL", nativeQuery = true)
    List<AgreementFollowUpRow> findOfPlacements();
}
