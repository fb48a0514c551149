package dk.jobmatch.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Optional;

/**
 * If-Match on edits, evaluated before the body is read (RFC 9110 13.2.2): when the tag sent is not
 * the resource's current one, the answer is 412 whatever the body says, and nothing is parsed or
 * stored. Comparison is strong, as If-Match requires: weak tags never match; {@code *} matches any
 * existing resource. Without If-Match nothing is checked here (agreements then check the body's
 * version).
 */
@ServerFilter(value = "/api/**", methods = HttpMethod.PUT)
class PreconditionFilter implements Ordered {

    private final List<EntityTags> sources;

    PreconditionFilter(List<EntityTags> sources) {
        this.sources = sources;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String ifMatch = request.getHeaders().get(HttpHeaders.IF_MATCH);
        if (ifMatch == null) {
            return null;
        }
        for (EntityTags source : sources) {
            Optional<String> current;
            try {
                current = source.currentTag(request.getPath());
            } catch (ApiException e) {
                return ApiExceptionHandler.toResponse(e);
            }
            if (current.isPresent()) {
                return EntityTags.matches(ifMatch, current.get()) ? null : Problems.response(HttpStatus.PRECONDITION_FAILED,
                        "If-Match does not name the current version (" + current.get()
                                + "): it was changed since you read it. Read it again and edit that.", List.of());
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        // After authentication: the sources check what the caller may see.
        return ServerFilterPhase.SECURITY.after();
    }
}
