package dk.jobmatch.citizen;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface CitizenRepository extends CrudRepository<CitizenRow, String> {

    /** Locks the profile's row until commit: a citizen's hours are allocated one agreement at a time. */
    @Query(value = "SELECT * FROM citizen WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<CitizenRow> findByIdForUpdate(String id);

    boolean existsByExternalRef(String externalRef);

    List<CitizenRow> findByExternalRefIn(Collection<String> externalRefs);

    boolean existsByExternalRefAndIdNotEqual(String externalRef, String id);
}
