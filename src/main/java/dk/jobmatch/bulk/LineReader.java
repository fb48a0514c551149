package dk.jobmatch.bulk;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.ConstraintViolationHandler;
import dk.jobmatch.common.ReadErrors;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns one import line into a validated API object the way the single-item endpoints do: JSON
 * into the generated model, then the contract's Bean Validation constraints (after a quick check
 * that lets certainly valid lines skip the validator; {@link CertainlyValid}).
 */
@Singleton
public class LineReader {

    private final ObjectMapper json;
    private final Validator validator;
    private final CertainlyValid certainlyValid = new CertainlyValid();

    LineReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The line as a valid {@code type}, or empty after reporting why it is not one. */
    public <T> Optional<T> read(ImportLine line, Class<T> type, Consumer<LineFailure> failures) {
        T value;
        try {
            value = json.readValue(line.text(), type);
        } catch (IOException | RuntimeException e) {
            failures.accept(new LineFailure(line.number(), List.of(ReadErrors.describe(e, json,
                    line.text().getBytes(StandardCharsets.UTF_8), Argument.of(type)))));
            return Optional.empty();
        }
        if (value == null) {
            failures.accept(LineFailure.of(line.number(), "body", "is not a JSON object"));
            return Optional.empty();
        }
        // Most lines of an import are valid; the validator's own walk costs several times the reading.
        if (certainlyValid.test(value)) {
            return Optional.of(value);
        }
        var found = validator.validate(value);
        if (!found.isEmpty()) {
            failures.accept(new LineFailure(line.number(), ConstraintViolationHandler.violations(found)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The result of a domain step that reports by throwing (a validator, a factory), or empty
     * after turning its refusal into a line failure.
     */
    public static <T> Optional<T> attempt(ImportLine line, Supplier<T> step, Consumer<LineFailure> failures) {
        try {
            return Optional.of(step.get());
        } catch (ApiException e) {
            failures.accept(e.violations().isEmpty()
                    ? LineFailure.of(line.number(), "body", e.getMessage())
                    : new LineFailure(line.number(), e.violations()));
            return Optional.empty();
        }
    }
}
