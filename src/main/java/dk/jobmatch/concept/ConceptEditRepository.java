package dk.jobmatch.concept;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface ConceptEditRepository extends CrudRepository<ConceptEdit, String> {

    List<ConceptEdit> listOrderBySequence();
}
