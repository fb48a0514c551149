package dk.jobmatch.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The benchmark's HTTP client against a running service: login, NDJSON import, timed GETs. */
final class BenchHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // The JDK keeps 5 idle connections per server by default; the closed loops run up to 8
        // clients, and each would otherwise open a new connection for most requests.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "32");
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    BenchHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    String login(String user) throws Exception {
        String body = JSON.writeValueAsString(Map.of("username", user, "password", user));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** The lines as an NDJSON body, as an integration would have it in a file before it sends it. */
    static byte[] ndjson(List<Map<String, Object>> lines) throws IOException {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> line : lines) {
            body.append(JSON.writeValueAsString(line)).append('\n');
        }
        return body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Posts an NDJSON body as one stream, in batches of {@code batchSize} lines (the service's
     * default when null); fails loudly if any line was rejected.
     */
    JsonNode importBody(String token, String target, byte[] body, Integer batchSize) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import/" + target
                        + (batchSize == null ? "" : "?batchSize=" + batchSize)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode report = JSON.readTree(response.body());
        if (response.statusCode() != 200 || report.get("rejected").asLong() != 0) {
            throw new IllegalStateException("import of " + target + " failed: " + response.body()
                    .substring(0, Math.min(2000, response.body().length())));
        }
        return report;
    }

    /** One GET's JSON answer; fails on anything but 200. */
    JsonNode getJson(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    record Answer(int status, JsonNode body) {
    }

    /** One JSON POST; the status and the parsed body (null when there is none), whatever the status. */
    Answer postJson(String token, String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? null : JSON.readTree(response.body()));
    }

    /**
     * One GET, its latency in nanoseconds; fails on anything but 200. The whole body is read, not
     * parsed. A plain blocking connection, kept alive per client thread by the JDK: this client runs
     * on the service's own 2 cores, and {@link HttpClient} hands each exchange from the calling
     * thread to its selector thread and executor and back, which cost about 0.3 ms of CPU a request
     * more (docs/performance.md, "The HTTP layer under 8 clients").
     */
    long timedGet(String token, String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        long start = System.nanoTime();
        int status = connection.getResponseCode();
        // Read to the end and closed, the connection goes back to the keep-alive cache.
        try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (body != null) {
                body.transferTo(OutputStream.nullOutputStream());
            }
        }
        long elapsed = System.nanoTime() - start;
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
        return elapsed;
    }

    /** Closed loop: {@code clients} threads GET the paths round robin for the duration. */
    ClosedLoop.Load load(String token, List<String> paths, int clients, Duration duration) throws Exception {
        return ClosedLoop.run(paths, clients, duration, path -> timedGet(token, path));
    }
}
