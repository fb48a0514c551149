package dk.jobmatch.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.List;
import java.util.Map;

/**
 * The browser sign-in (authorization-code flow): the provider's ID token becomes a user of ours
 * through the same mapping as its bearer tokens. A user in none of the mapped groups is refused
 * here rather than given a token that every endpoint would refuse.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class MunicipalitySignInMapper implements OpenIdAuthenticationMapper {

    private final MunicipalityRoles roles;

    MunicipalitySignInMapper(MunicipalityRoles roles) {
        this.roles = roles;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName,
                                                                         OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims openIdClaims,
                                                                         @Nullable State state) {
        Map<String, Object> claims = openIdClaims.getClaims();
        String username = roles.username(claims);
        List<String> granted = roles.roleNames(claims);
        if (username == null || granted.isEmpty()) {
            return Publishers.just(AuthenticationResponse.failure("No role for this user in Jobmatch."));
        }
        return Publishers.just(AuthenticationResponse.success(username, granted,
                Map.of(MunicipalityAwareAuthenticationFactory.PROVIDER_ATTRIBUTE, MunicipalityRoles.PROVIDER)));
    }
}
