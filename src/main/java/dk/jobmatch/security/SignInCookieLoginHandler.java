package dk.jobmatch.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.token.bearer.AccessRefreshTokenLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;

/**
 * Ends the provider's callback. Micronaut's bearer default answers the callback with a JSON token,
 * which a browser that was redirected there can only display. Instead our own token goes into a
 * short-lived HttpOnly cookie that only POST /login/oidc/token receives, and the browser returns
 * to the app, which posts there and keeps the token like a password login's. So no token is put
 * in a URL (history, logs, Referer), and nothing is kept on the server, which suits replicas.
 * It replaces the bearer default so that /login's siblings see one login handler; our own POST
 * /login does not use a handler at all.
 */
@Singleton
@Replaces(AccessRefreshTokenLoginHandler.class)
class SignInCookieLoginHandler implements RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> {

    static final String COOKIE = "JOBMATCH_SIGNIN";
    static final String COOKIE_PATH = "/login/oidc";
    static final Duration COOKIE_LIFETIME = Duration.ofSeconds(60);
    static final URI SIGNED_IN = URI.create("/app/#/login?signin=municipality");
    static final URI REFUSED = URI.create("/app/#/login?signin=refused");

    private final AccessRefreshTokenGenerator tokens;

    SignInCookieLoginHandler(AccessRefreshTokenGenerator tokens) {
        this.tokens = tokens;
    }

    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        return tokens.generate(authentication)
                .<MutableHttpResponse<?>>map(token -> HttpResponse.seeOther(SIGNED_IN).cookie(
                        Cookie.of(COOKIE, token.getAccessToken())
                                .httpOnly(true)
                                .secure(secure(request))
                                .sameSite(SameSite.Strict)
                                .path(COOKIE_PATH)
                                .maxAge(COOKIE_LIFETIME)))
                .orElseGet(() -> HttpResponse.seeOther(REFUSED));
    }

    @Override
    public MutableHttpResponse<?> loginRefresh(Authentication authentication, String refreshToken, HttpRequest<?> request) {
        // No refresh tokens are issued: a user signs in again with the provider.
        return HttpResponse.seeOther(REFUSED);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse authenticationFailed, HttpRequest<?> request) {
        return HttpResponse.seeOther(REFUSED);
    }

    /** Secure behind TLS, including TLS ended at a proxy; plain http on a developer's machine works too. */
    private static boolean secure(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
