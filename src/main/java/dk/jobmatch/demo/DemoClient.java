package dk.jobmatch.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The JSON-over-HTTP calls the loader makes, as one logged-in user. Waits and retries when the
 * service's rate limit answers 429 (it allows 50 requests a second per token by default).
 */
final class DemoClient {

    /** An answer the loader did not expect: the run stops and says which call it was. */
    static final class DemoException extends RuntimeException {
        final int status;

        DemoException(String message, int status) {
            super(message);
            this.status = status;
        }
    }

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;
    final String username;
    final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    private DemoClient(URI base, String username, String token) {
        this.base = base;
        this.username = username;
        this.token = token;
    }

    static DemoClient login(URI base, String username, String password) {
        Answer answer = new DemoClient(base, username, null).send("POST", "/login",
                Map.of("username", username, "password", password));
        if (answer.status() != 200) {
            throw new DemoException("Login as " + username + " at " + base + " failed: HTTP " + answer.status()
                    + " " + answer.body(), answer.status());
        }
        return new DemoClient(base, username, answer.body().path("access_token").asText());
    }

    /** The call must succeed (2xx); its body. */
    JsonNode call(String method, String path, Object body) {
        Answer answer = send(method, path, body);
        if (!answer.ok()) {
            throw new DemoException(method + " " + path + " as " + username + " answered " + answer.status() + ": "
                    + answer.body() + (body == null ? "" : "\n  request: " + write(body)), answer.status());
        }
        return answer.body();
    }

    JsonNode post(String path, Object body) {
        return call("POST", path, body);
    }

    JsonNode get(String path) {
        return call("GET", path, null);
    }

    Answer send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                requests.incrementAndGet();
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new DemoException(method + " " + path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage())
                        + " (is the service running at " + base + "?)", 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted", 0);
            }
            if (response.statusCode() == 429 && attempt < 60) {
                long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                sleep(Math.max(200, Math.min(seconds, 5) * 1000));
                continue;
            }
            return new Answer(response.statusCode(), read(response.body()));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted", 0);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
