package dk.jobmatch.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validated bearer token into the caller. Our own tokens keep Micronaut's reading (roles
 * and employerId as we wrote them). The provider's tokens are read through the configured mapping
 * instead: their own "roles" claim (Entra ID app roles, say) means nothing here, and they never
 * carry an employer scope.
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class MunicipalityAwareAuthenticationFactory extends DefaultJwtAuthenticationFactory {

    /** Marks an authentication as coming from the municipality's provider. */
    static final String PROVIDER_ATTRIBUTE = "idp";

    private final MunicipalityIssuer provider;
    private final MunicipalityRoles roles;
    private final JWSAlgorithm localAlgorithm;

    MunicipalityAwareAuthenticationFactory(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder,
                                           MunicipalityIssuer provider, MunicipalityRoles roles,
                                           @Value("${micronaut.security.token.jwt.signatures.secret.generator.jws-algorithm:HS256}")
                                           String localAlgorithm) {
        super(tokenConfiguration, rolesFinder);
        this.provider = provider;
        this.roles = roles;
        this.localAlgorithm = JWSAlgorithm.parse(localAlgorithm);
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        Map<String, Object> claims;
        try {
            claims = token.getJWTClaimsSet().getClaims();
        } catch (ParseException e) {
            return Optional.empty();
        }
        if (!provider.issued(claims.get("iss"))) {
            // Our own tokens are HMAC-signed with our secret (the configured algorithm). Any other
            // algorithm means a key of the provider vouched for a token that claims to be ours: refused.
            return localAlgorithm.equals(token.getHeader().getAlgorithm())
                    ? super.createAuthentication(token) : Optional.empty();
        }
        String username = roles.username(claims);
        if (username == null) {
            return Optional.empty();
        }
        return Optional.of(Authentication.build(username, roles.roleNames(claims),
                Map.of(PROVIDER_ATTRIBUTE, MunicipalityRoles.PROVIDER)));
    }
}
