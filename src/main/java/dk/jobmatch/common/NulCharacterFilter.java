package dk.jobmatch.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Locale;

/**
 * No text of ours may hold a NUL character, and PostgreSQL refuses one in any string (H2 does
 * not), so a NUL in the path or query is a bad request on either database rather than a
 * database error. NULs inside JSON bodies are caught where PostgreSQL refuses them (400 too).
 */
@ServerFilter("/api/**")
class NulCharacterFilter {

    @RequestFilter
    @Nullable
    HttpResponse<?> reject(HttpRequest<?> request) {
        String uri = request.getUri().toString();
        if (uri.toLowerCase(Locale.ROOT).contains("%00") || uri.indexOf('\u0000') >= 0) {
            return Problems.response(HttpStatus.BAD_REQUEST, "The address may not contain NUL characters.", List.of());
        }
        return null;
    }
}
