package dk.jobmatch.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * With the provider on, a bearer token is checked against two key sets (our secret and the
 * provider's JWKS), and a signature alone does not say which issuer it speaks for. So each token
 * must name an issuer we know: the provider's tokens must also be addressed to us (aud), and any
 * other issuer is refused (401). Expiry and not-before are checked by Micronaut's own validators.
 */
@Singleton
@Requires(property = "jobmatch.oidc.enabled", value = "true")
class MunicipalityTokenClaims implements GenericJwtClaimsValidator<Object> {

    private final MunicipalityIssuer provider;
    private final String localIssuer;

    MunicipalityTokenClaims(MunicipalityIssuer provider, @Value("${micronaut.application.name}") String localIssuer) {
        this.provider = provider;
        this.localIssuer = localIssuer;
    }

    @Override
    public boolean validate(Claims claims, @Nullable Object request) {
        Object iss = claims.get(Claims.ISSUER);
        if (provider.issued(iss)) {
            return provider.addressedToUs(claims.get(Claims.AUDIENCE));
        }
        return localIssuer.equals(iss);
    }
}
