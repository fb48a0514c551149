package dk.jobmatch.webhook;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** One signed POST of a delivery's body (Standard Webhooks, see {@link Signature}); redirects are not followed. */
@Singleton
class Sender {

    record Outcome(@Nullable Integer statusCode, @Nullable String error) {

        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    Sender(@Value("${jobmatch.webhooks.timeout:10s}") Duration timeout, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    Outcome send(Subscription subscription, Delivery delivery) {
        HttpRequest request = signed(subscription, delivery, clock.instant().getEpochSecond());
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return new Outcome(status, status / 100 == 2 ? null : "answered " + status);
        } catch (IOException e) {
            return new Outcome(null, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted while sending");
        }
    }

    /**
     * The Standard Webhooks headers; the id is the delivery's, the same on every retry, and the
     * timestamp is this attempt's. Subscriptions made before V10 also get the Jobmatch-* headers.
     */
    private HttpRequest signed(Subscription subscription, Delivery delivery, long timestamp) {
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String secret = subscription.secret();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(subscription.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Jobmatch-Webhooks/1")
                .header(Signature.ID_HEADER, delivery.id())
                .header(Signature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(Signature.SIGNATURE_HEADER, Signature.sign(secret, delivery.id(), timestamp, body));
        if (subscription.legacyHeaders()) {
            request.header(Signature.LEGACY_DELIVERY_HEADER, delivery.id())
                    .header(Signature.LEGACY_TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(Signature.LEGACY_SIGNATURE_HEADER, Signature.signLegacy(secret, timestamp, body));
        }
        return request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static String describe(IOException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
