package dk.jobmatch.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A municipal system's webhook endpoint on localhost. It verifies each delivery's webhook-*
 * headers with the Standard Webhooks Java library (com.standardwebhooks:standardwebhooks), not
 * with our code, given the secret as a receiver configures it; and, for subscriptions made before
 * V10, the Jobmatch-* headers as the docs told receivers to before (HMAC over "timestamp.body"
 * keyed with the old hex secret's characters, constant-time compare, at most five minutes old).
 * Answers with the next scripted status (200 once the script is used up).
 */
final class Receiver implements AutoCloseable {

    /**
     * One delivery as received. {@code signatureValid}: the library accepted the webhook-* headers;
     * {@code libraryError} says why not. {@code legacySignatureValid}: the Jobmatch-* headers checked the old way.
     */
    record Received(Map<String, List<String>> headers, String body, boolean signatureValid, String libraryError,
                    boolean legacySignatureValid) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> script;
    private volatile Webhook verifier;
    private volatile String legacySecret;

    Receiver(int port, Integer... statuses) {
        this.script = new ArrayDeque<>(List.of(statuses));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            String body = new String(bytes, StandardCharsets.UTF_8);
            Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
            String libraryError = verify(body, headers);
            received.add(new Received(headers, body, libraryError == null, libraryError,
                    verifyLegacy(exchange.getRequestHeaders().getFirst("Jobmatch-Timestamp"),
                            exchange.getRequestHeaders().getFirst("Jobmatch-Signature"), bytes)));
            Integer status;
            synchronized (script) {
                status = script.isEmpty() ? 200 : script.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The secret as the subscription's answer showed it (whsec_...), given to the library as is. */
    void expectSecret(String value) {
        this.verifier = verifierFor(value);
    }

    /** A verifier configured by the receiver, e.g. with the key bytes of a secret from before V10. */
    void expectSecret(Webhook configured) {
        this.verifier = configured;
    }

    /** The 64 hex characters a subscription made before V10 was handed, for the Jobmatch-* headers. */
    void expectLegacySecret(String hex) {
        this.legacySecret = hex;
    }

    static Webhook verifierFor(String secret) {
        try {
            return new Webhook(secret);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** null when the library accepts the delivery, else its reason. */
    private String verify(String body, Map<String, List<String>> headers) {
        Webhook webhook = verifier;
        if (webhook == null) {
            return "no secret configured";
        }
        try {
            webhook.verify(body, headers);
            return null;
        } catch (WebhookVerificationException e) {
            return e.getMessage();
        }
    }

    private boolean verifyLegacy(String timestamp, String signature, byte[] body) {
        String secret = legacySecret;
        if (secret == null || timestamp == null || signature == null
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
