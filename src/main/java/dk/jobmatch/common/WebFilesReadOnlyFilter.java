package dk.jobmatch.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Set;

/** The app's and the docs' files can only be read; Micronaut's file routes would answer any method. */
@ServerFilter({"/app/**", "/docs/**"})
class WebFilesReadOnlyFilter {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    @RequestFilter
    @Nullable
    HttpResponse<?> readOnly(HttpRequest<?> request) {
        if (READS.contains(request.getMethod())) {
            return null;
        }
        return Problems.response(HttpStatus.METHOD_NOT_ALLOWED, "These files can only be read (GET).", List.of())
                .header(HttpHeaders.ALLOW, "GET, HEAD");
    }
}
