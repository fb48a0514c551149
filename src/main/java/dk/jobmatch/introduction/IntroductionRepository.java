package dk.jobmatch.introduction;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface IntroductionRepository extends CrudRepository<Introduction, String> {

    List<Introduction> findByNeedIdOrderByProposedAtDesc(String needId);

    long countByNeedIdAndStatus(String needId, IntroductionStatus status);

    long countByCitizenIdAndStatus(String citizenId, IntroductionStatus status);

    List<Introduction> findByNeedIdAndCitizenId(String needId, String citizenId);

    List<Introduction> findByCitizenIdInAndStatus(Collection<String> citizenIds, IntroductionStatus status);

    /** Locks the introduction's row until commit: it is answered, or drafted, once. */
    @Query(value = "SELECT * FROM introduction WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Introduction> findByIdForUpdate(String id);

    /** Names the agreement drafted from it; 0 when one already is. */
    @Query(value = "UPDATE introduction SET agreement_id = :agreementId WHERE id = :id AND agreement_id IS NULL",
            nativeQuery = true)
    int markDrafted(String id, String agreementId);
}
