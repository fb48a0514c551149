package dk.jobmatch.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong reading JSON into the generated model, said without internals: serde messages
 * name internal classes, so only the property name and an offending code are passed on.
 */
public final class ReadErrors {

    private static final Pattern PROPERTY = Pattern.compile("decoding property \\[(?:[^\\]]*\\s)?(\\w+)]");
    private static final Pattern UNKNOWN_CODE = Pattern.compile("^Unexpected value '(.{0,60})'");

    private ReadErrors() {
    }

    /** The one violation to report for unreadable JSON, for a body or one line of a bulk import. */
    public static FieldViolation describe(Throwable exception) {
        String field = innermostProperty(exception);
        String code = unknownCode(exception);
        if (code != null) {
            return new FieldViolation(field == null ? "body" : field, "unknown code '" + code + "'");
        }
        return field == null
                ? new FieldViolation("body", "is not a valid JSON object for this operation")
                : new FieldViolation(field, "has the wrong type");
    }

    /** The innermost property being decoded when it failed; null if none is named. */
    static String innermostProperty(Throwable exception) {
        String property = null;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (matcher.find()) {
                property = matcher.group(1);
            }
        }
        return property;
    }

    /** The code a generated enum rejected, found anywhere in the cause chain; null if none. */
    static String unknownCode(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                Matcher matcher = UNKNOWN_CODE.matcher(String.valueOf(t.getMessage()));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
