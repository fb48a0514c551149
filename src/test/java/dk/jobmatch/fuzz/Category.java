package dk.jobmatch.fuzz;

/** What a fuzz request gets wrong; the figures in docs/security.md are per category. */
public enum Category {
    VALID("the operation's valid example, unchanged"),
    WRONG_TYPE("a value of another JSON type at one place, at any depth (the body itself included)"),
    NULL_VALUE("null at one place, at any depth (the body itself included)"),
    NULL_IN_ARRAY("null inside an array: replacing an element, appended, or the only element"),
    MISSING_FIELD("a property left out, required or not, at any depth; or every property"),
    EXTRA_FIELD("an unknown or read-only property added to an object, with odd names and values"),
    NUMBER_BOUNDARY("numbers at, just inside and just outside minimum/maximum, int32/int64 edges, "
            + "fractions for integers, -0, 1e400, 400-digit literals"),
    STRING_LENGTH("strings at minLength-1, maxLength, maxLength+1, 10x maxLength, 200 000 and 600 000 characters"),
    ODD_UNICODE("direction overrides, NUL and control characters, emoji sequences, combining marks, "
            + "lone and reversed surrogates (escaped \\ud800), BOM, noncharacters, random plane-0 strings"),
    UNKNOWN_CODE("codes outside an enum: unknown, lower case, padded, another list's code, 61 characters"),
    BAD_FORMAT("impossible and out-of-range dates and date-times, bad e-mails, pattern violations"),
    ARRAY_SIZE("empty arrays, exactly and one over maxItems, 10 000 and 100 000 elements, duplicates"),
    DEEP_NESTING("arrays or objects nested 50 to 20 000 deep at one place"),
    MALFORMED_JSON("truncated, trailing commas, comments, single quotes, duplicate keys, BOM, invalid UTF-8, "
            + "raw control characters, bad escapes, two documents, empty and top-level scalars"),
    CONTENT_TYPE("the body as text/plain, XML, a form, multipart, with no content type, Latin-1 or UTF-16 bytes"),
    PATH_ID("bad path ids: unknown, too long, traversal, SQL, NUL, odd Unicode, another entity's id; bad versions"),
    QUERY("bad query parameters: wrong type, out of range, unknown codes, repeated, too long, unknown names"),
    HEADERS("odd Accept, If-Match, Idempotency-Key and Authorization headers");

    private final String description;

    Category(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
