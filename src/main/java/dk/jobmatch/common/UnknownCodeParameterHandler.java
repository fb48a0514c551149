package dk.jobmatch.common;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The generated enums reject an unknown code in a query parameter with a bare
 * IllegalArgumentException. That one is the client's mistake (400); any other is ours (500).
 */
@Produces
@Singleton
class UnknownCodeParameterHandler implements ExceptionHandler<IllegalArgumentException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownCodeParameterHandler.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, IllegalArgumentException exception) {
        String unknownCode = ReadErrors.unknownCode(exception);
        if (unknownCode != null) {
            return Problems.response(HttpStatus.BAD_REQUEST, "A query parameter holds an unknown code.",
                    List.of(new FieldViolation("query", "unknown code '" + unknownCode + "'")));
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), exception);
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemErrorResponseProcessor.detailFor(HttpStatus.INTERNAL_SERVER_ERROR), List.of());
    }
}
