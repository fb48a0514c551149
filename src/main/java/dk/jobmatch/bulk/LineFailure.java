package dk.jobmatch.bulk;

import dk.jobmatch.common.FieldViolation;

import java.util.List;

/** A line of an import that was not stored, and why. */
public record LineFailure(long line, List<FieldViolation> errors) {

    public LineFailure {
        errors = List.copyOf(errors);
    }

    public static LineFailure of(long line, String field, String message) {
        return new LineFailure(line, List.of(new FieldViolation(field, message)));
    }
}
