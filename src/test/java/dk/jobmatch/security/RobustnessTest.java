package dk.jobmatch.security;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.OpenApiSpec;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed and boundary requests for every operation of the OpenAPI file: wrong JSON, wrong
 * types, missing fields, huge and odd strings, query syntax in free text, hostile path values.
 * Nothing may answer 5xx or leak internals, and a rejected write must change no row.
 */
@ServerTest
class RobustnessTest extends ApiTestSupport {

    private static final String HUGE = "x".repeat(20_000);
    private static final List<String> ODD_TEXT = List.of("", " ", HUGE, "🙂 Ærø ÆØÅ \u202Eevil", "nul\u0000byte",
            "'; DROP TABLE citizen; --", "title:(a OR", "*", "\"unclosed", "\\", "<script>alert(1)</script>",
            "${jndi:ldap://x}", "0101901234");
    private static final List<Object> WRONG_BODIES = List.of("{}", "[]", "\"text\"", "null", "{\"a\":", "42",
            "{\"title\":" + "[".repeat(2000) + "}");
    private static final List<String> ODD_IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1%20--", "x".repeat(65),
            "%F0%9F%99%82", "%00", UUID.randomUUID().toString());
    private static final List<String> ODD_QUERIES = List.of("title:(a OR", "*", "?", "a AND OR NOT", "\"", "\\",
            "%00", "x".repeat(501), "field:[1 TO", "~~~", "(((((((((", "-", "+-+-");
    private static final Pattern LEAK = Pattern.compile("Exception|\\bat [a-z]+\\.|org\\.h2|SQL|stack", Pattern.CASE_INSENSITIVE);

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noOperationAnswers5xxOrLeaksOrChangesDataOnBadInput() throws IOException {
        String employer = api.createEmployer(consultant, "Robust " + UUID.randomUUID(), TestData.randomCvr());
        String need = api.createNeed(consultant, employer, TestData.need());
        String citizen = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String admin = api.admin();
        String before = tables.writeFootprint();
        int searchable = api.as(consultant).get("/api/v1/citizens").then().extract().path("total");

        for (OpenApiSpec.Operation operation : OpenApiSpec.operations()) {
            String verb = operation.method();
            String token = operation.path().startsWith("/api/v1/admin") ? admin : consultant;
            String real = operation.path().replace("{employerId}", employer).replace("{needId}", need)
                    .replace("{citizenId}", citizen).replace("{agreementId}", UUID.randomUUID().toString())
                    .replace("{version}", "1")
                    // Any other id (webhook, introduction, ...): one that does not exist.
                    .replaceAll("\\{\\w+Id}", UUID.randomUUID().toString());
            if (verb.equals("POST") || verb.equals("PUT")) {
                for (Object body : WRONG_BODIES) {
                    check(verb, real, token, body);
                }
                for (String text : ODD_TEXT) {
                    Map<String, Object> odd = new java.util.HashMap<>();
                    for (String field : List.of("title", "externalRef", "name", "cvr", "username", "party",
                            "type", "citizenId", "needId", "startDate", "hoursPerWeek", "version")) {
                        odd.put(field, text);
                    }
                    check(verb, real, token, odd);
                }
                check(verb, real, token, Map.of("hoursPerWeek", Map.of("min", -1e308, "max", 1e308),
                        "tasks", List.of(Map.of("hoursPerWeek", "NaN")), "page", -1));
            }
            if (!verb.equals("DELETE") && operation.path().contains("{")) {
                for (String id : ODD_IDS) {
                    String hostile = operation.path().replaceAll("\\{[a-zA-Z]+}", id);
                    check(verb, hostile, token, verb.equals("GET") ? null : "{}");
                }
            }
        }
        for (String list : List.of("/api/v1/needs", "/api/v1/citizens", "/api/v1/employers", "/api/v1/admin/audit")) {
            String token = list.contains("admin") ? admin : consultant;
            for (String q : ODD_QUERIES) {
                checkQuery(list, token, Map.of("q", q));
            }
            for (String bad : List.of("-1", "abc", "1e99", "99999999999", "")) {
                checkQuery(list, token, Map.of("page", bad));
                checkQuery(list, token, Map.of("size", bad));
            }
        }
        checkQuery("/api/v1/needs/" + need + "/matches", consultant, Map.of("limit", "1000"));
        checkQuery("/api/v1/needs", consultant, Map.of("status", "'; --"));

        System.out.printf("Robustness: %d requests, %d failures%n", requests, failures.size());
        assertThat(failures).as("%d requests", requests).isEmpty();
        // Successful searches among the odd queries are reads, and reads are audited: compare the rest.
        assertThat(withoutAudit(tables.writeFootprint())).isEqualTo(withoutAudit(before));
        assertThat(api.as(consultant).get("/api/v1/citizens").then().extract().<Integer>path("total"))
                .isEqualTo(searchable);
    }

    @Test
    void bodiesOverOneMegabyteAre413AndStoreNothing() {
        String before = tables.writeFootprint();
        var citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("experience", "x".repeat(1_100_000));
        api.as(consultant).body(citizen).post("/api/v1/citizens")
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    private void check(String method, String path, String token, Object body) {
        var request = api.as(token).urlEncodingEnabled(false);
        if (body != null) {
            request = request.body(body);
        }
        record(method + " " + shorten(path) + " " + shorten(String.valueOf(body)), request.request(method, path));
    }

    private void checkQuery(String path, String token, Map<String, String> query) {
        record("GET " + path + " " + shorten(query.toString()), api.as(token).queryParams(query).get(path));
    }

    private void record(String what, Response response) {
        requests++;
        String body = response.asString();
        if (response.statusCode() >= 500) {
            failures.add(what + " -> " + response.statusCode());
        } else if (LEAK.matcher(body).find() && response.statusCode() >= 400) {
            failures.add(what + " leaks: " + shorten(body));
        } else if (response.statusCode() >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            failures.add(what + " -> " + response.statusCode() + " as " + response.contentType());
        }
    }

    private static String withoutAudit(String footprint) {
        return footprint.replaceAll("audit_entry=\\d+ ", "");
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
