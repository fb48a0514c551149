package dk.jobmatch.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface AuditRepository extends PageableRepository<AuditEntry, Long> {

    Page<AuditEntry> findByCitizenId(String citizenId, Pageable pageable);
}
