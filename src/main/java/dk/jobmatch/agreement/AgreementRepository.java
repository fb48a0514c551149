package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface AgreementRepository extends CrudRepository<AgreementRow, String> {

    /** Optimistic lock: only moves on from the version the caller saw. */
    @Query(value = "UPDATE agreement SET version = :next, status = :status, updated_at = :updatedAt"
            + " WHERE id = :id AND version = :expected", nativeQuery = true)
    long advance(String id, int expected, int next, String status, Instant updatedAt);

    /** Locks the agreement's row until commit: its approvals are counted one caller at a time. */
    @Query(value = "SELECT * FROM agreement WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<AgreementRow> findByIdForUpdate(String id);

    List<AgreementRow> findByStatus(AgreementStatus status);

    List<AgreementRow> findByStatusAndCreatedAtLessThan(AgreementStatus status, Instant createdBefore);

    /** Compare-and-set: only the instance that still finds it in {@code expected} moves it on. */
    @Query(value = "UPDATE agreement SET status = :next, updated_at = :updatedAt WHERE id = :id AND status = :expected",
            nativeQuery = true)
    long moveStatus(String id, String expected, String next, Instant updatedAt);

    List<AgreementRow> findByEmployerId(String employerId);

    List<AgreementRow> findByEmployerIdAndStatus(String employerId, AgreementStatus status);

    /** The placements: agreements that came into force (whatever became of them since). */
    List<AgreementRow> findByInForceVersionIsNotNull();
}
