package dk.jobmatch.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.jobmatch.search.IndexDocuments;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests generated from openapi/jobmatch.yaml ({@link FuzzPlan}) against the running service:
 * for every operation its valid example, then one thing wrong at a time at every depth of the body,
 * in path ids, query parameters, headers and content types. Every answer must be below 500; every
 * error an RFC 9457 problem+json with {@code type}, {@code title} and the same {@code status}, naming
 * no class, stack frame or SQL; and a rejected write (4xx to POST, PUT or DELETE) must leave every
 * table's row count and the search index's document count as they were.
 * <p>
 * 10 000 requests from a fixed seed in every build. {@code ./jobmatch fuzz [--seed N] [--requests M]}
 * runs longer or other plans ({@code -Djobmatch.fuzz.seed}, {@code -Djobmatch.fuzz.requests}); the
 * seed is printed first, and each failure prints what replays it ({@code -Djobmatch.fuzz.only=index,...}).
 */
@ServerTest
class ContractFuzzTest extends ApiTestSupport {

    static final long DEFAULT_SEED = 20_261_127L;
    static final int DEFAULT_REQUESTS = 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every request and its answer, for replays ({@code -Djobmatch.fuzz.trace=true}). */
    private static final boolean TRACE = Boolean.getBoolean("jobmatch.fuzz.trace");
    /** Internals an answer must not name: exceptions, Java packages, stack frames, SQL and databases. */
    private static final Pattern LEAK = Pattern.compile("(?i)exception|\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|"
            + "\\b(?:java|javax|jakarta|io\\.micronaut|io\\.netty|com\\.fasterxml|org\\.h2|org\\.postgresql|"
            + "dk\\.jobmatch)\\.[a-z]|\\bSQL|stack ?trace|Cannot invoke|\\bSELECT\\b.*\\bFROM\\b|\\bINSERT INTO\\b|"
            + "\\bconstraint \\[|violates|\\bpsql|syntax error");
    private static final Pattern TOKEN = Pattern.compile("@([a-zA-Z]+(?::[a-zA-Z]+)?)@");
    /** Written by background jobs (webhook deliveries), not by the request being checked. */
    private static final Set<String> BACKGROUND_TABLES = Set.of("flyway_schema_history", "webhook_delivery",
            "webhook_cursor");

    @Inject
    IndexDocuments index;
    @Inject
    DataSource injectedDataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** For set-up calls: connections of their own, never one a fuzz request left for the server to close. */
    private final HttpClient setup = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger unique = new AtomicInteger();
    private final Map<String, String> fixtures = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<Category, int[]> byCategory = new EnumMap<>(Category.class);
    private final Map<String, int[]> byOperation = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<String, Long> millis = new HashMap<>();
    private final Map<String, String> validRejected = new TreeMap<>();
    private DataSource plain;
    private String footprintSql;
    private String admin;
    private long seed;
    private int footprintChecks;
    private long[] unchanged;
    private int retries;
    private long snapshotNanos;

    @Test
    void everyOperationSurvivesTheContractFuzz() throws Exception {
        seed = Long.getLong("jobmatch.fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("jobmatch.fuzz.requests", DEFAULT_REQUESTS);
        Set<Integer> only = Arrays.stream(System.getProperty("jobmatch.fuzz.only", "").split(","))
                .filter(s -> !s.isBlank()).map(s -> Integer.parseInt(s.trim())).collect(Collectors.toSet());
        System.out.printf("Contract fuzz: seed %d, %d requests%s (replay: -Djobmatch.fuzz.seed=%d"
                + " -Djobmatch.fuzz.requests=%d)%n", seed, requests, only.isEmpty() ? "" : ", only " + only, seed, requests);
        plain = DelegatingDataSource.unwrapDataSource(injectedDataSource);
        footprintSql = footprintQuery();
        setUpFixtures();

        long started = System.nanoTime();
        int sent = 0;
        for (FuzzCase fuzz : FuzzPlan.of(Contract.load(), seed, requests)) {
            if (only.isEmpty() || only.contains(fuzz.index())) {
                send(fuzz);
                sent++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        report(sent, millis);
        assertThat(failures).as("%d of %d requests failed (seed %d); each names its index for"
                + " -Djobmatch.fuzz.only", failures.size(), sent, seed).isEmpty();
    }

    // ---- sending and checking one request ----------------------------------------------------

    private void send(FuzzCase fuzz) throws InterruptedException {
        HttpRequest request;
        String url = "http://localhost:" + port() + bind(fuzz.path(), false)
                + (fuzz.query().isEmpty() ? "" : "?" + bind(fuzz.query(), false));
        byte[] body = fuzz.rawBody() != null ? fuzz.rawBody()
                : fuzz.body() == null ? null : bind(fuzz.body(), true).getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .method(fuzz.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            Map<String, String> headers = new HashMap<>(fuzz.headers());
            headers.putIfAbsent("Authorization", "Bearer " + admin);
            headers.putIfAbsent("Accept", "application/json");
            headers.forEach((name, value) -> {
                if (!value.equals("NONE")) {
                    builder.header(name, bind(value, false));
                }
            });
            request = builder.build();
        } catch (IllegalArgumentException unsendable) {
            // A URI or header value Java's client refuses to send (the server never sees it).
            count(fuzz, -1);
            return;
        }

        boolean write = !fuzz.method().equals("GET");
        // The snapshot after the previous request still holds when nothing was sent since.
        long[] before = write ? (unchanged != null ? unchanged : snapshot()) : null;
        unchanged = null;
        HttpResponse<byte[]> response;
        long sentAt = System.nanoTime();
        try {
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException closed) {
                // The server closes the connection after an answer it gives as HTTP/1.0 (a request line or
                // headers over Netty's limits, answered 413); Java's client may still reuse it once, and
                // then reads nothing at all. That request never reached the server: send it again on a
                // new connection. Any other failure to answer is a failure of the service.
                if (!String.valueOf(closed.getMessage()).contains("received no bytes")) {
                    throw closed;
                }
                retries++;
                response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
            millis.merge(fuzz.method() + " " + fuzz.operationId(), (System.nanoTime() - sentAt) / 1_000_000, Long::sum);
        } catch (IOException e) {
            fail(fuzz, url, body, "no answer: " + e, null);
            return;
        }
        int status = response.statusCode();
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        count(fuzz, status);
        if (TRACE) {
            System.out.printf("#%d %s %s %s%n    -> %d %s %s%n", fuzz.index(), fuzz.method(), shorten(url, 200), fuzz.what(),
                    status, response.headers().map(), shorten(answer, 300));
        }

        if (fuzz.category() == Category.VALID && status >= 300) {
            validRejected.putIfAbsent(fuzz.operationId(), status + " " + shorten(answer, 300));
        }
        if (status >= 500) {
            fail(fuzz, url, body, "answered " + status, response);
        }
        if (status >= 400) {
            String problem = problemShape(status, response, answer);
            if (problem != null) {
                fail(fuzz, url, body, problem, response);
            }
            String misnamed = misnamedCode(fuzz, status, answer);
            if (misnamed != null) {
                fail(fuzz, url, body, misnamed, response);
            }
            String leak = leak(answer, url, body);
            if (leak != null) {
                fail(fuzz, url, body, "names internals: '" + leak + "'", response);
            }
        }
        if (write && (status >= 400 || storedNothing(fuzz, status, answer))) {
            long[] after = snapshot();
            footprintChecks++;
            if (!Arrays.equals(before, after)) {
                String difference = difference(before, after);
                fail(fuzz, url, body, "rejected with " + status + " but changed rows or the index: " + difference,
                        response);
            }
            unchanged = after;
        }
        if (status < 300 && write) {
            refreshFixtures(fuzz.operationId());
        }
    }

    /** An import that stored no line is a rejected write too, though it answers 200 with its report. */
    private static boolean storedNothing(FuzzCase fuzz, int status, String answer) {
        if (!fuzz.operationId().startsWith("import") || status != 200) {
            return false;
        }
        try {
            return JSON.readTree(answer).path("stored").asLong(-1) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Null when the answer is an RFC 9457 problem as the contract's Problem schema says; else what is wrong. */
    private static String problemShape(int status, HttpResponse<?> response, String answer) {
        String type = response.headers().firstValue("Content-Type").orElse("(none)");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "error answered as " + type + ", not application/problem+json";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer);
        } catch (IOException e) {
            return "problem+json that is not JSON";
        }
        if (problem == null || !problem.isObject()) {
            return "problem+json that is not an object";
        }
        if (!problem.path("status").isInt() || problem.path("status").asInt() != status) {
            return "problem status " + problem.path("status") + " for HTTP " + status;
        }
        if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()
                || !problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
            return "problem without type and title";
        }
        if (problem.has("detail") && !problem.path("detail").isTextual()) {
            return "problem detail that is not text";
        }
        for (JsonNode error : problem.path("errors")) {
            if (!error.path("field").isTextual() || !error.path("message").isTextual()) {
                return "problem errors entry without field and message";
            }
        }
        return null;
    }

    /** An unknown code must be reported at the path where it was put (issue 21: not only its innermost name). */
    private static String misnamedCode(FuzzCase fuzz, int status, String answer) {
        if (fuzz.category() != Category.UNKNOWN_CODE || status != 422 || !fuzz.what().contains(" <- ")) {
            return null;
        }
        String changed = fuzz.what().substring(0, fuzz.what().indexOf(" <- "));
        try {
            for (JsonNode error : JSON.readTree(answer).path("errors")) {
                if (error.path("message").asText().startsWith("unknown code") && !error.path("field").asText().equals(changed)) {
                    return "unknown code reported at '" + error.path("field").asText() + "', not at '" + changed + "'";
                }
            }
        } catch (IOException e) {
            return null; // the shape check reports it
        }
        return null;
    }

    /** Internal text in the answer that the request did not itself contain (an echoed code is no leak). */
    private static String leak(String answer, String url, byte[] body) {
        Matcher matcher = LEAK.matcher(answer);
        String sent = (url + " " + (body == null ? "" : new String(body, StandardCharsets.UTF_8))).toLowerCase(Locale.ROOT);
        while (matcher.find()) {
            if (!sent.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                return matcher.group();
            }
        }
        return null;
    }

    private void fail(FuzzCase fuzz, String url, byte[] body, String why, HttpResponse<byte[]> response) {
        String answer = response == null ? "" : response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("") + " "
                + shorten(new String(response.body(), StandardCharsets.UTF_8), 600);
        String sent = body == null ? "" : shorten(new String(body, StandardCharsets.UTF_8), 600);
        String failure = String.format("#%d (seed %d) %s %s [%s]: %s%n    request: %s %s %s %s%n    answer: %s",
                fuzz.index(), seed, fuzz.category(), fuzz.operationId(), fuzz.what(), why, fuzz.method(), shorten(url, 300),
                fuzz.headers(), sent, answer);
        failures.add(failure);
        if (failures.size() <= 30) {
            System.out.println("FUZZ FAILURE " + failure);
        }
    }

    private void count(FuzzCase fuzz, int status) {
        int[] category = byCategory.computeIfAbsent(fuzz.category(), c -> new int[5]);
        int[] operation = byOperation.computeIfAbsent(fuzz.method() + " " + fuzz.operationId(), o -> new int[5]);
        int column = status < 0 ? 4 : status < 300 ? 1 : status < 500 ? 2 : 3;
        for (int[] counts : List.of(category, operation)) {
            counts[0]++;
            counts[column]++;
        }
        byStatus.merge(status, 1, Integer::sum);
    }

    private void report(int sent, long total) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Contract fuzz: seed %d, %d requests in %.1f s (%.1f ms each), %d rejected writes"
                        + " checked for changes (row and document counts: %.1f s), %d failures, %d resent on a new connection%n",
                seed, sent, total / 1000.0, (double) total / Math.max(1, sent), footprintChecks, snapshotNanos / 1e9,
                failures.size(), retries));
        out.append(String.format("%-16s %8s %8s %8s %8s %8s%n", "category", "requests", "2xx", "4xx", "5xx", "unsent"));
        byCategory.forEach((category, c) -> out.append(String.format("%-16s %8d %8d %8d %8d %8d%n", category, c[0], c[1],
                c[2], c[3], c[4])));
        out.append(String.format("%-36s %8s %8s %8s %8s %8s%n", "operation", "requests", "2xx", "4xx", "5xx", "ms"));
        byOperation.forEach((operation, c) -> out.append(String.format("%-36s %8d %8d %8d %8d %8d%n", operation, c[0], c[1],
                c[2], c[3], millis.getOrDefault(operation, 0L))));
        out.append("statuses: ").append(byStatus).append('\n');
        // Not failures (a valid example may meet a state that refuses it), but less of the service is reached.
        validRejected.forEach((operation, answer) -> out.append("valid example of ").append(operation)
                .append(" not accepted: ").append(answer).append('\n'));
        System.out.print(out);
        for (String failure : failures.subList(Math.min(30, failures.size()), failures.size())) {
            System.out.println("FUZZ FAILURE " + failure.lines().findFirst().orElse(""));
        }
    }

    // ---- what "nothing changed" means ---------------------------------------------------------

    /** Every table's row count in one query, then the index's document count. */
    private long[] snapshot() {
        long started = System.nanoTime();
        try {
            return counts();
        } finally {
            snapshotNanos += System.nanoTime() - started;
        }
    }

    private long[] counts() {
        try (Connection connection = plain.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(footprintSql)) {
            rows.next();
            int columns = rows.getMetaData().getColumnCount();
            long[] counts = new long[columns + 1];
            for (int i = 0; i < columns; i++) {
                counts[i] = rows.getLong(i + 1);
            }
            counts[columns] = index.count();
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private final List<String> tables = new ArrayList<>();

    private String footprintQuery() throws SQLException {
        try (Connection connection = plain.getConnection();
             ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!BACKGROUND_TABLES.contains(table)) {
                    tables.add(table);
                }
            }
        }
        assertThat(tables).contains("citizen", "need", "agreement", "outbox", "audit_entry");
        return tables.stream().map(t -> "(SELECT COUNT(*) FROM " + t + ")")
                .collect(Collectors.joining(", ", "SELECT ", ""));
    }

    private String difference(long[] before, long[] after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                changed.add((i < tables.size() ? tables.get(i) : "index documents") + " " + before[i] + " -> " + after[i]);
            }
        }
        return String.join(", ", changed);
    }

    // ---- fixtures and tokens ------------------------------------------------------------------

    private void setUpFixtures() {
        admin = api.admin();
        String integration = api.integration();
        String employer = api.createEmployer(consultant, "Fuzz " + seed, TestData.randomCvr());
        fixtures.put("employerId", employer);
        fixtures.put("needId", api.createNeed(consultant, employer, roomyNeed()));
        fixtures.put("citizenId", newCitizen());
        fixtures.put("introductionId", api.as(consultant).body(Map.of("citizenId", newCitizen()))
                .post("/api/v1/needs/" + fixtures.get("needId") + "/introductions").then().statusCode(201)
                .extract().path("id"));
        // Drafts to delete are made on a need of their own, which no fuzz request changes.
        fixtures.put("victimNeedId", api.createNeed(consultant, employer, roomyNeed()));
        fixtures.put("agreementId", api.draftAgreement(consultant, newCitizen(), fixtures.get("needId"),
                today().plusDays(14).toString()));
        fixtures.put("activeAgreementId", api.activeAgreement(consultant, newCitizen(), fixtures.get("needId"),
                today().minusDays(14).toString()));
        fixtures.put("webhookId", newWebhook(integration));
        fixtures.put("conceptId", "cleaning.vinduespudsning");
        fixtures.put("integration", integration);
        refreshFixtures("updateNeed");
        refreshFixtures("updateAgreement");
    }

    /** A successful write may change what the tokens must name: the need's tasks, the draft's version. */
    private void refreshFixtures(String operationId) {
        unchanged = null;
        switch (operationId) {
            case "updateNeed" -> fixtures.put("taskId", call("GET", "/api/v1/needs/" + fixtures.get("needId"), null)
                    .path("tasks").path(0).path("id").asText());
            case "updateAgreement", "approveAgreement" -> fixtures.put("version", call("GET", "/api/v1/agreements/"
                    + fixtures.get("agreementId"), null).path("version").asText());
            default -> {
            }
        }
    }

    /**
     * A set-up call during the run (a resource to delete, a fixture read again), on the fuzz's own
     * client: REST Assured takes several times as long a call, and there are hundreds of them.
     */
    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = setup.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String created(String path, Object body) {
        return call("POST", path, body).path("id").asText();
    }

    /** Replaces each {@code @token@}; in JSON the version's quotes go too, so that it is a number. */
    private String bind(String text, boolean json) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        String bound = json ? text.replace("\"@version@\"", fixtures.get("version")) : text;
        Matcher matcher = TOKEN.matcher(bound);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String value(String token) {
        if (token.startsWith("victim:")) {
            unchanged = null;
        }
        return switch (token) {
            case "ref" -> "fuzz-" + seed + "-" + unique.incrementAndGet();
            case "user" -> "fuzz.user." + unique.incrementAndGet();
            case "cvr" -> String.valueOf(10_000_000 + unique.incrementAndGet());
            case "token" -> admin;
            case "today" -> today().toString();
            case "startDate" -> today().plusDays(14).toString();
            case "later" -> today().plusDays(60).toString();
            case "victim:needId" -> created("/api/v1/employers/" + fixtures.get("employerId") + "/needs", TestData.need());
            case "victim:citizenId" -> created("/api/v1/citizens", TestData.citizen(TestData.randomExternalRef()));
            case "victim:agreementId" -> created("/api/v1/agreements", Map.of("citizenId",
                    created("/api/v1/citizens", TestData.citizen(TestData.randomExternalRef())),
                    "needId", fixtures.get("victimNeedId"), "startDate", today().plusDays(14).toString()));
            case "victim:webhookId" -> created("/api/v1/webhooks", webhook());
            // Text of the fuzz's own that looks like a token stays as it is.
            default -> fixtures.getOrDefault(token, "@" + token + "@");
        };
    }

    private String newCitizen() {
        return api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }

    private String newWebhook(String integration) {
        return api.as(integration).body(webhook()).post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    /** Deliveries go nowhere: http to this machine is allowed, and nothing listens on port 9. */
    private static Map<String, Object> webhook() {
        return Map.of("url", "http://localhost:9/fuzz", "eventTypes", List.of("need.updated"));
    }

    /** Places for every agreement the fuzz creates (it holds tasks and hours like any other). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> roomyNeed() {
        Map<String, Object> need = TestData.need();
        ((List<Map<String, Object>>) need.get("tasks")).forEach(task -> task.put("capacity", 100));
        return need;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String shorten(String text, int max) {
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() > max ? visible.substring(0, max) + "…(" + text.length() + " chars)" : visible;
    }
}
