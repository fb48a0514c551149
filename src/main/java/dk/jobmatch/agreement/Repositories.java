package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Micronaut Data repositories of the agreement tables. */
final class Repositories {

    private Repositories() {
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface Agreements extends CrudRepository<Agreement, String> {

        /** Optimistic lock: only moves on from the version the caller saw. */
        @Query(value = "UPDATE agreement SET version = :next, status = :status, updated_at = :updatedAt"
                + " WHERE id = :id AND version = :expected", nativeQuery = true)
        long advance(String id, int expected, int next, String status, java.time.Instant updatedAt);

        List<Agreement> findByStatus(AgreementStatus status);

        List<Agreement> findByEmployerId(String employerId);

        List<Agreement> findByEmployerIdAndStatus(String employerId, AgreementStatus status);
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface Versions extends CrudRepository<Rows.Version, String> {
        Optional<Rows.Version> findByAgreementIdAndVersion(String agreementId, int version);
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface Approvals extends CrudRepository<Rows.Approval, String> {
        List<Rows.Approval> findByAgreementIdAndVersion(String agreementId, int version);
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface FollowUps extends CrudRepository<Rows.FollowUp, String> {
        List<Rows.FollowUp> findByAgreementIdOrderByDate(String agreementId);
    }

    @JdbcRepository(dialect = Dialect.ANSI)
    interface Events extends CrudRepository<Rows.Event, String> {
    }
}
