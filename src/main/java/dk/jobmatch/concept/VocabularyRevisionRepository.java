package dk.jobmatch.concept;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface VocabularyRevisionRepository extends GenericRepository<VocabularyRevision, Integer> {

    /** Counts a save; the row stays locked by this transaction until it ends, so saves take turns. */
    @Query(value = "UPDATE vocabulary_revision SET revision = revision + 1 WHERE id = 1", nativeQuery = true)
    long advance();

    @Query(value = "SELECT revision FROM vocabulary_revision WHERE id = 1", nativeQuery = true)
    long current();
}
