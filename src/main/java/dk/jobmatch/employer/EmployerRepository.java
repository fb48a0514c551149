package dk.jobmatch.employer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface EmployerRepository extends PageableRepository<Employer, String> {

    /** SQL of {@link Employer#contactOverdue}: true, false, never null. */
    String OVERDUE = "(CASE WHEN next_contact_date IS NULL THEN owner_username IS NOT NULL"
            + " ELSE next_contact_date < :today END)";
    /** The list's filters; each is off when its any* flag is true (portable: no untyped null parameters). */
    String FILTERS = " WHERE (:anyEmployer = TRUE OR id = :employerId)"
            + " AND (:anyOwner = TRUE OR owner_username = :owner)"
            + " AND (:anyOverdue = TRUE OR " + OVERDUE + " = :overdue)";

    List<Employer> findByIdIn(Collection<String> ids);

    boolean existsByCvr(String cvr);

    @Query(value = "SELECT * FROM employer" + FILTERS + " ORDER BY name, id LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<Employer> search(boolean anyEmployer, String employerId, boolean anyOwner, String owner, boolean anyOverdue,
                          boolean overdue, LocalDate today, int limit, long offset);

    @Query(value = "SELECT COUNT(*) FROM employer" + FILTERS, nativeQuery = true)
    long countSearch(boolean anyEmployer, String employerId, boolean anyOwner, String owner, boolean anyOverdue,
                     boolean overdue, LocalDate today);

    @Query(value = "UPDATE employer SET owner_username = :owner WHERE id = :id", nativeQuery = true)
    long setOwner(String id, String owner);

    /**
     * The employer's last and next contact follow a contact that is not older than the latest so
     * far (of the same day, the one logged last); one statement, so two contacts logged at once
     * cannot leave a mix of the two.
     */
    @Query(value = "UPDATE employer SET last_contact_date = :date, next_contact_date = :next"
            + " WHERE id = :id AND (last_contact_date IS NULL OR last_contact_date <= :date)", nativeQuery = true)
    long followContact(String id, LocalDate date, @Nullable LocalDate next);
}
