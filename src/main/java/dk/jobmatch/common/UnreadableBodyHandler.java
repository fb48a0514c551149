package dk.jobmatch.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A body or parameter that could not be converted to the generated model: a wrong JSON type
 * (400) or a code outside the contract's vocabulary (422). Serde messages name internal classes,
 * so only the field's full path ({@code tasks[1].hourType}, found by {@link ReadErrors#locate}) and
 * the offending code are passed on.
 */
@Produces
@Singleton
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final JsonMapper mapper;

    UnreadableBodyHandler(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        if (!exception.getArgument().isAnnotationPresent(Body.class)) {
            return Problems.response(HttpStatus.BAD_REQUEST, "The request contains a value of the wrong type.",
                    List.of(new FieldViolation(exception.getArgument().getName(), "has the wrong type")));
        }
        FieldViolation violation = bodyViolation(request, exception);
        if (ReadErrors.unknownCode(exception) != null) {
            return Problems.response(HttpStatus.UNPROCESSABLE_ENTITY, "The request contains invalid values.",
                    List.of(violation));
        }
        if (violation.field().equals("body")) {
            return Problems.response(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this operation.",
                    List.of());
        }
        return Problems.response(HttpStatus.BAD_REQUEST, "The request contains a value of the wrong type.",
                List.of(violation));
    }

    /** The field with its full path, found in the body as sent ({@link JsonBodyCopy} kept it). */
    private FieldViolation bodyViolation(HttpRequest<?> request, ConversionErrorException exception) {
        return JsonBodyCopy.of(request)
                .map(json -> ReadErrors.describe(exception, mapper, json, exception.getArgument()))
                .orElseGet(() -> ReadErrors.describe(exception));
    }
}
