package dk.jobmatch.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers for every answer. Answers can hold tokens and citizens' sensitive data, read on phones
 * and through proxies: no browser or intermediary may keep a copy that would outlive an erasure
 * ({@code no-store}). The agreement document is the only HTML, and needs nothing but its own
 * inline style, so the content policy allows nothing else and no framing.
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

    static final String CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        response.getHeaders()
                .set(HttpHeaders.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Content-Security-Policy", CONTENT_POLICY)
                .set("Strict-Transport-Security", "max-age=31536000");
    }
}
