package dk.jobmatch.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface AccountRepository extends PageableRepository<Account, String> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Account> findByUsernameIn(Collection<String> usernames);

    Page<Account> findByRoleIn(Collection<Role> roles, Pageable pageable);
}
