package dk.jobmatch.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the municipality's identity provider maps to our roles: which claim holds the groups, which
 * group means which role, and which claim names the user. Only CONSULTANT and ADMIN can come from
 * the provider: employers log in with local accounts, which carry the employer scope, and
 * integrations use local service accounts.
 */
@Singleton
class MunicipalityRoles {

    /** The name of the OpenID client in micronaut.security.oauth2.clients. */
    static final String PROVIDER = "municipality";
    private static final Set<Role> MAPPABLE = Set.of(Role.CONSULTANT, Role.ADMIN);

    private final String rolesClaim;
    private final String usernameClaim;
    private final Map<String, Role> mapping;

    MunicipalityRoles(@Value("${jobmatch.oidc.roles-claim:groups}") String rolesClaim,
                      @Value("${jobmatch.oidc.username-claim:preferred_username}") String usernameClaim,
                      @Value("${jobmatch.oidc.role-mapping:}") List<String> mapping) {
        this.rolesClaim = rolesClaim;
        this.usernameClaim = usernameClaim;
        this.mapping = parse(mapping);
    }

    /**
     * "group=ROLE" entries. The group is everything before the last "=", so group names that are
     * URIs or contain "=" (an LDAP name) still work.
     */
    static Map<String, Role> parse(Collection<String> entries) {
        Map<String, Role> parsed = new LinkedHashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int split = entry.lastIndexOf('=');
            if (split <= 0) {
                throw new IllegalStateException("jobmatch.oidc.role-mapping: '" + entry + "' is not group=ROLE");
            }
            Role role;
            try {
                role = Role.valueOf(entry.substring(split + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("jobmatch.oidc.role-mapping: unknown role in '" + entry + "'", e);
            }
            if (!MAPPABLE.contains(role)) {
                throw new IllegalStateException("jobmatch.oidc.role-mapping: " + role
                        + " cannot come from the municipality's provider (employers and integrations use local accounts)");
            }
            parsed.put(entry.substring(0, split).trim(), role);
        }
        return Map.copyOf(parsed);
    }

    /** The roles the claims grant; empty when no group is mapped (the caller then gets 403). */
    Set<Role> roles(Map<String, Object> claims) {
        Object value = claims.get(rolesClaim);
        Collection<?> groups = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        Set<Role> roles = new TreeSet<>();
        for (Object group : groups) {
            Role role = mapping.get(String.valueOf(group));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Roles strongest first: AccessPolicy uses the first, and an administrator who consults is an administrator. */
    List<String> roleNames(Map<String, Object> claims) {
        return roles(claims).stream().sorted((a, b) -> rank(b) - rank(a)).map(Role::name).toList();
    }

    private static int rank(Role role) {
        return role == Role.ADMIN ? 1 : 0;
    }

    /** The name audited for the user: the configured claim, else the subject. */
    @Nullable
    String username(Map<String, Object> claims) {
        Object name = claims.get(usernameClaim);
        Object subject = claims.get("sub");
        return name != null ? name.toString() : subject == null ? null : subject.toString();
    }
}
