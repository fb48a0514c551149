package dk.jobmatch.common;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * An expected failure that maps to one problem+json response. Thrown by feature code; rendered by
 * {@link ApiExceptionHandler} so that every endpoint answers errors the same way.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<FieldViolation> violations;
    private final long retryAfterSeconds;

    private ApiException(HttpStatus status, String detail, List<FieldViolation> violations) {
        this(status, detail, violations, 0);
    }

    private ApiException(HttpStatus status, String detail, List<FieldViolation> violations, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.violations = List.copyOf(violations);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, detail, List.of(), Math.max(1, retryAfterSeconds));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, detail, List.of());
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, detail, List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, detail, List.of());
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail, List.of());
    }

    public static ApiException unprocessable(List<FieldViolation> violations) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The request contains invalid values.", violations);
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Seconds a throttled client should wait (429 only; 0 otherwise). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
