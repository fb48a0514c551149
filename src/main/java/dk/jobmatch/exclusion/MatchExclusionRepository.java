package dk.jobmatch.exclusion;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface MatchExclusionRepository extends CrudRepository<MatchExclusion, String> {

    /** The citizen's exclusions in force on this day; expired ones stay as history, unread. */
    @Query(value = "SELECT * FROM match_exclusion WHERE citizen_id = :citizenId"
            + " AND (until_date IS NULL OR until_date > :day)", nativeQuery = true)
    List<MatchExclusion> findInForceForCitizen(String citizenId, LocalDate day);

    /** Exclusions in force on this day that cover the need, by itself or through its employer. */
    @Query(value = "SELECT * FROM match_exclusion WHERE (need_id = :needId OR employer_id = :employerId)"
            + " AND (until_date IS NULL OR until_date > :day)", nativeQuery = true)
    List<MatchExclusion> findInForceForNeed(String needId, String employerId, LocalDate day);
}
