package dk.jobmatch.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request. Text may hold {@code @token@}s for values only known at run time (ids of
 * the fixtures, unique references), which the test binds when sending; {@code rawBody} is sent as
 * it is (bytes that are not UTF-8). {@code what} says what was changed, for the figures and replays.
 */
public record FuzzCase(int index, Category category, String operationId, String method, String path,
                       String query, Map<String, String> headers, String body, byte[] rawBody, String what) {

    /** The bytes of the body before binding tokens, for the size shown in a report. */
    public int size() {
        return rawBody != null ? rawBody.length : body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
    }

    public boolean hasBody() {
        return body != null || rawBody != null;
    }
}
