package dk.jobmatch.security;

import com.nimbusds.jwt.JWT;
import dk.jobmatch.api.SignInApi;
import dk.jobmatch.api.model.RoleDto;
import dk.jobmatch.api.model.SignInOptionsDto;
import dk.jobmatch.api.model.TokenResponseDto;
import dk.jobmatch.common.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;

import java.time.Instant;
import java.util.Date;

@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInController implements SignInApi {

    private final MunicipalityIssuer provider;
    private final JsonWebTokenValidator<JWT, HttpRequest<?>> validator;
    private final JwtAuthenticationFactory authentications;

    SignInController(MunicipalityIssuer provider, JsonWebTokenValidator<JWT, HttpRequest<?>> validator,
                     JwtAuthenticationFactory authentications) {
        this.provider = provider;
        this.validator = validator;
        this.authentications = authentications;
    }

    @Override
    public SignInOptionsDto getSignInOptions() {
        SignInOptionsDto options = new SignInOptionsDto(true, provider.enabled());
        if (provider.enabled()) {
            options.setMunicipalityLoginUrl("/oauth/login/" + MunicipalityRoles.PROVIDER);
        }
        return options;
    }

    /**
     * The cookie holds one of our own tokens (see SignInCookieLoginHandler); it is validated like
     * any bearer token before it is handed out, so a made-up cookie gets 401, not an echo.
     */
    @Override
    public TokenResponseDto exchangeSignInCookie(@Nullable String cookie) {
        JWT token = cookie == null ? null : validator.validate(cookie, null)
                // Only our own tokens: the provider's go to the API directly, not through here.
                .filter(valid -> !provider.issued(claim(valid, "iss")))
                .orElse(null);
        Authentication authentication = token == null ? null
                : authentications.createAuthentication(token).orElse(null);
        if (authentication == null) {
            throw ApiException.unauthorized("No valid sign-in to exchange; sign in again.");
        }
        Date expires = expiry(token);
        int expiresIn = expires == null ? 0 : (int) Math.max(0, expires.toInstant().getEpochSecond() - Instant.now().getEpochSecond());
        TokenResponseDto response = new TokenResponseDto(cookie, "Bearer", expiresIn);
        response.setUsername(authentication.getName());
        response.setRoles(authentication.getRoles().stream().map(RoleDto::valueOf).toList());
        return response;
    }

    @Nullable
    private static Object claim(JWT token, String name) {
        try {
            return token.getJWTClaimsSet().getClaim(name);
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    @Nullable
    private static Date expiry(JWT token) {
        try {
            return token.getJWTClaimsSet().getExpirationTime();
        } catch (java.text.ParseException e) {
            return null;
        }
    }
}
