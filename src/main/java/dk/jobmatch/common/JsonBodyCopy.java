package dk.jobmatch.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Optional;

/**
 * Keeps the bytes of each request body the API reads whole (everything under /api but the streamed
 * NDJSON imports, at most the 1 MB request buffer), so that a body the generated model cannot read
 * can be searched for the full path of the value that failed ({@link UnreadableBodyHandler},
 * {@link ReadErrors#locate}). Once a body has been bound, the server no longer has it.
 */
@ServerFilter(patterns = "^/api/(?!v1/import/).*$", patternStyle = FilterPatternStyle.REGEX,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
class JsonBodyCopy implements Ordered {

    private static final String ATTRIBUTE = JsonBodyCopy.class.getName();

    @RequestFilter
    void keep(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (body != null) {
            request.setAttribute(ATTRIBUTE, body);
        }
    }

    /** The body as it was sent, if it was kept. */
    static Optional<byte[]> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, byte[].class);
    }

    @Override
    public int getOrder() {
        // Last: after authentication, rate limits and If-Match (a stale edit is 412 whatever its body).
        return ServerFilterPhase.LAST.order();
    }
}
