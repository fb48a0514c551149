package dk.jobmatch.common;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem+json responses. The only place that knows their shape. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://jobmatch.example.dk/problems/";

    private Problems() {
    }

    public static MutableHttpResponse<Map<String, Object>> response(HttpStatus status, String detail,
                                                                    List<FieldViolation> violations) {
        return HttpResponse.<Map<String, Object>>status(status)
                .contentType(MEDIA_TYPE)
                .body(body(status, detail, violations));
    }

    public static Map<String, Object> body(HttpStatus status, String detail, List<FieldViolation> violations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug(status));
        body.put("title", status.getReason());
        body.put("status", status.getCode());
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!violations.isEmpty()) {
            body.put("errors", violations.stream()
                    .map(Problems::fieldError)
                    .toList());
        }
        return body;
    }

    private static Map<String, String> fieldError(FieldViolation violation) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", violation.field());
        error.put("message", violation.message());
        return error;
    }

    private static String slug(HttpStatus status) {
        return status.getReason().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
