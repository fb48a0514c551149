package dk.jobmatch.common;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * Renders every error the framework produces itself (unknown route, wrong method, unreadable
 * body, rejected credentials, unexpected exceptions) as problem+json. Framework messages can
 * name internal classes, so only a fixed text per status and field paths are passed on.
 */
@Primary
@Singleton
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    @Override
    @NonNull
    public MutableHttpResponse<Map<String, Object>> processResponse(@NonNull ErrorContext context,
                                                                    @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        List<FieldViolation> violations = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldViolation(e.getPath().get(), "is invalid or missing"))
                .toList();
        return response.contentType(Problems.MEDIA_TYPE)
                .body(Problems.body(status, detailFor(status), violations));
    }

    static String detailFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed.";
            case UNAUTHORIZED -> "Authentication is required: send a valid bearer token.";
            case FORBIDDEN -> "Your role does not allow this operation.";
            case NOT_FOUND -> "No such resource.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this resource.";
            case NOT_ACCEPTABLE -> "The requested media type is not available.";
            case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            default -> status.getCode() >= 500 ? "An unexpected error occurred." : status.getReason();
        };
    }
}
