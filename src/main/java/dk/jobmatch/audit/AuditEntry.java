package dk.jobmatch.audit;

import dk.jobmatch.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * Who did what with which citizen's data, when, and through which endpoint. Holds the citizen's
 * id only, so it survives an erasure without keeping anything about the person.
 */
@MappedEntity(value = "audit_entry", escape = false)
public record AuditEntry(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String username,
        Role role,
        String citizenId,
        AuditAction action,
        String endpoint) {
}
