package dk.jobmatch.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers for every answer. API answers can hold tokens and citizens' sensitive data, read on
 * phones and through proxies: no browser or intermediary may keep a copy that would outlive an
 * erasure ({@code no-store}). The agreement document needs nothing but its own inline style, so
 * the API's content policy allows nothing else and no framing.
 *
 * <p>The app and the docs under {@code /app/} and {@code /docs/} are public files: they may be
 * cached if revalidated (slow mobile networks), load scripts only from this origin, and keep
 * inline styles because the agreement document is shown inside the app and Swagger UI styles
 * itself inline.
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

    static final String CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
    static final String WEB_CONTENT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; connect-src 'self'; manifest-src 'self'; worker-src 'self';"
            + " frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean web = isWebFile(request.getPath());
        response.getHeaders()
                .set(HttpHeaders.CACHE_CONTROL, web ? "no-cache" : "no-store")
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", web ? WEB_CONTENT_POLICY : CONTENT_POLICY)
                .set("Strict-Transport-Security", "max-age=31536000");
    }

    static boolean isWebFile(String path) {
        return path.startsWith("/app/") || path.startsWith("/docs/");
    }
}
