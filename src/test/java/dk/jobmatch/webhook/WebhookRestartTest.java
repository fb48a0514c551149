package dk.jobmatch.webhook;

import dk.jobmatch.support.Api;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dk.jobmatch.webhook.WebhookApiTest.await;
import static org.assertj.core.api.Assertions.assertThat;

/** A delivery that could not be made before a restart is made after it: the queue is in the database. */
@Tag(Tiers.SERVER)
class WebhookRestartTest {

    @TempDir
    Path dir;

    @Test
    void aQueuedDeliveryOutlivesTheServiceThatQueuedIt() throws IOException {
        Map<String, Object> sameData = Map.of(
                // A named database outlives each context, as a database server outlives the service
                // (in the PostgreSQL run of the suite it is a PostgreSQL schema).
                "datasources.default.url", "jdbc:h2:mem:restart_" + java.util.UUID.randomUUID().toString()
                        .replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "jobmatch.search.index-path", dir.resolve("index").toString(),
                "micronaut.server.port", -1,
                "jobmatch.webhooks.poll-interval", WebhookApiTest.FAST,
                "jobmatch.webhooks.first-retry", WebhookApiTest.FAST);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String webhookId;
        String secret;
        String deliveryId;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameData, "test")) {
            Api api = new Api(server.getPort());
            String integration = api.integration();
            var webhook = api.as(integration).body(Map.of("url", "http://localhost:" + port + "/hook",
                    "eventTypes", List.of("need.created"))).post("/api/v1/webhooks").then().statusCode(201)
                    .extract().jsonPath();
            webhookId = webhook.getString("id");
            secret = webhook.getString("secret");
            String consultant = api.consultant();
            api.createNeed(consultant, api.createEmployer(consultant, "Før genstart ApS", TestData.randomCvr()),
                    TestData.need());
            await(() -> WebhookApiTest.attempts(api.as(integration).get("/api/v1/webhooks/" + webhookId
                    + "/deliveries").then().extract().jsonPath()) >= 1);
            deliveryId = api.as(integration).get("/api/v1/webhooks/" + webhookId + "/deliveries").then()
                    .extract().path("items[0].id");
        }

        try (Receiver receiver = new Receiver(port)) {
            // Configured before the service starts: it sends the queued delivery at its first poll.
            receiver.expectSecret(secret);
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameData, "test")) {
                await(() -> !receiver.received().isEmpty());
                assertThat(receiver.received().getFirst().signatureValid())
                        .as(receiver.received().getFirst().libraryError()).isTrue();
                assertThat(receiver.received().getFirst().header("webhook-id")).isEqualTo(deliveryId);
                Api api = new Api(server.getPort());
                await(() -> "DELIVERED".equals(api.as(api.integration()).get("/api/v1/webhooks/" + webhookId
                        + "/deliveries").then().extract().path("items[0].status")));
            }
        }
    }
}
