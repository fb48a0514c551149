package dk.jobmatch.common;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Bean Validation failures (from the constraints the OpenAPI file puts on the generated model)
 * as problem+json with one entry per field. A bad body is 422; a bad query or path value is 400.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private static final Comparator<FieldViolation> BY_FIELD = Comparator.comparing(FieldViolation::field);

    /** Violations found by validating an object directly (e.g. one line of a bulk import). */
    public static List<FieldViolation> violations(Set<? extends ConstraintViolation<?>> found) {
        // distinct: a null string item breaks both the generated item @NotNull and NoNullElements.
        return found.stream().map(v -> new FieldViolation(fieldOf(v), v.getMessage())).distinct().sorted(BY_FIELD)
                .toList();
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldViolation> violations = violations(exception.getConstraintViolations());
        boolean inBody = exception.getConstraintViolations().stream().anyMatch(ConstraintViolationHandler::inBody);
        return Problems.response(inBody ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST,
                "The request contains invalid values.", violations);
    }

    private static boolean inBody(ConstraintViolation<?> violation) {
        int depth = 0;
        for (Path.Node ignored : violation.getPropertyPath()) {
            depth++;
        }
        // method -> parameter -> property...: anything below a parameter is inside the body.
        return depth > 2;
    }

    /**
     * "createNeed.need.tasks[0].hoursPerWeek" -> "tasks[0].hoursPerWeek"; "addFollowUp.followUp.bip[ENERGY]" ->
     * "bip.ENERGY"; "searchNeeds.size" -> "size".
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // An index on a node is the position in the container named by the node before it;
            // a key, the entry of the map it names ("bip.ENERGY", as a JSON path would say).
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                field.append('.').append(node.getKey());
            }
            // Container element nodes are named "<list element>" and the like: no part of a JSON path.
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? String.valueOf(parameter) : field.toString();
    }
}
