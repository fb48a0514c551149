package dk.jobmatch.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/**
 * Who the municipality's provider is, as far as bearer tokens are concerned: its issuer and the
 * audience its tokens must name for us. Both empty when sign-in with the provider is off.
 */
@Singleton
class MunicipalityIssuer {

    private final boolean enabled;
    private final String issuer;
    private final String audience;

    MunicipalityIssuer(@Value("${jobmatch.oidc.enabled:false}") boolean enabled,
                       @Value("${micronaut.security.oauth2.clients.municipality.openid.issuer:}") String issuer,
                       @Value("${jobmatch.oidc.audience:}") String audience,
                       @Value("${micronaut.security.oauth2.clients.municipality.client-id:}") String clientId) {
        this.enabled = enabled && !issuer.isBlank();
        this.issuer = trimSlash(issuer);
        this.audience = audience.isBlank() ? clientId : audience;
    }

    boolean enabled() {
        return enabled;
    }

    /** Issuers are compared without a trailing slash: providers differ in whether they print one. */
    boolean issued(@Nullable Object iss) {
        return enabled && iss != null && trimSlash(iss.toString()).equals(issuer);
    }

    boolean addressedToUs(@Nullable Object aud) {
        Collection<?> audiences = aud instanceof Collection<?> many ? many : aud == null ? List.of() : List.of(aud);
        return !audience.isBlank() && audiences.stream().anyMatch(a -> audience.equals(String.valueOf(a)));
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
