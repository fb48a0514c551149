package dk.jobmatch.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A login. EMPLOYER accounts are bound to exactly one employer; staff accounts (consultants,
 * administrators, integration clients) are people or systems with a display name and a team.
 */
@MappedEntity(value = "account", escape = false)
record Account(@Id String id, String username, String passwordHash, Role role,
               @Nullable String employerId, Instant createdAt,
               @Nullable String displayName, @Nullable String team) {

    Account withDisplayName(String name) {
        return new Account(id, username, passwordHash, role, employerId, createdAt, name, team);
    }
}
