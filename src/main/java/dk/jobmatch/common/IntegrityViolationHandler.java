package dk.jobmatch.common;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.List;

/**
 * Services check uniqueness before writing, but two concurrent requests can both pass the check;
 * the database constraint then decides, and the loser gets the same 409 as a sequential
 * duplicate. Deleting what agreements still refer to is a 409 too; text PostgreSQL refuses is a
 * 400. Any other database failure is
 * ours (500), without SQL in the answer.
 */
@Produces
@Singleton
class IntegrityViolationHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityViolationHandler.class);
    // SQLSTATE class 23: integrity constraint violation (same codes in H2 and PostgreSQL).
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String STILL_REFERENCED = "23503";
    // PostgreSQL refuses NUL characters in text (22021); H2 stores them.
    private static final String NUL_IN_TEXT = "22021";

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Problems.response(HttpStatus.CONFLICT, "This conflicts with data already registered.",
                        List.of());
            }
            if (cause instanceof SQLException sql && NUL_IN_TEXT.equals(sql.getSQLState())) {
                return Problems.response(HttpStatus.BAD_REQUEST, "Text may not contain NUL characters.", List.of());
            }
            if (cause instanceof SQLException sql && STILL_REFERENCED.equals(sql.getSQLState())) {
                return Problems.response(HttpStatus.CONFLICT,
                        "Other records (such as agreements) still refer to this; close it instead.", List.of());
            }
        }
        LOG.error("Database error on {} {}", request.getMethod(), request.getPath(), exception);
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemErrorResponseProcessor.detailFor(HttpStatus.INTERNAL_SERVER_ERROR), List.of());
    }
}
