package dk.jobmatch.common;

/** One invalid field in a request, as reported in problem+json {@code errors}. */
public record FieldViolation(String field, String message) {
}
