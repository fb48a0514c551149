package dk.jobmatch.webhook;

import dk.jobmatch.support.OldSchema;
import dk.jobmatch.support.OwnStorage;
import com.standardwebhooks.Webhook;
import dk.jobmatch.support.Api;
import dk.jobmatch.support.Tables;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static dk.jobmatch.webhook.WebhookApiTest.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription made before V10, with the hex secret it was handed then, keeps working for its
 * receiver after the upgrade: the Jobmatch-* headers verify as before, and the new webhook-*
 * headers verify with the Standard Webhooks library given the old secret re-encoded as whsec_.
 */
@Tag(Tiers.SERVER)
class WebhookSecretMigrationTest {

    /** As Subscriptions made them before V10: 32 random bytes, shown and stored as 64 hex characters. */
    private static final String OLD_SECRET = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path dir;

    @Test
    void aSubscriptionFromBeforeV10IsVerifiedTheOldWayAndWithTheLibrary() throws Exception {
        Map<String, Object> sameData = OwnStorage.inMemory(dir, "whsec",
                "micronaut.server.port", -1,
                "jobmatch.webhooks.poll-interval", WebhookApiTest.FAST,
                "jobmatch.webhooks.first-retry", WebhookApiTest.FAST);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String webhookId = UUID.randomUUID().toString();

        // The database as the version before this one left it: migrated to V9, one subscription.
        OldSchema.at(sameData, "9").execute("INSERT INTO webhook_subscription"
                + " (id, url, event_types, secret, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                webhookId, "http://localhost:" + port + "/hook", "need.created", OLD_SECRET, "integration",
                Timestamp.from(Instant.now()));

        String whsec = "whsec_" + Base64.getEncoder().encodeToString(OLD_SECRET.getBytes(StandardCharsets.US_ASCII));
        try (Receiver receiver = new Receiver(port);
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameData, "test")) {
            assertThat(rowsWith(server.getApplicationContext(), webhookId, whsec))
                    .as("V10 re-encoded the secret and marked the subscription").isEqualTo(1);
            // The receiver as it was configured before the upgrade, and how it verifies with the library.
            receiver.expectLegacySecret(OLD_SECRET);
            receiver.expectSecret(whsec);
            Api api = new Api(server.getPort());
            String consultant = api.consultant();
            String needId = api.createNeed(consultant, api.createEmployer(consultant, "Før V10 ApS",
                    TestData.randomCvr()), TestData.need());

            await(() -> !receiver.received().isEmpty());
            Receiver.Received got = receiver.received().getFirst();
            assertThat(got.legacySignatureValid()).as("Jobmatch-Signature with the old secret, as before").isTrue();
            assertThat(got.signatureValid()).as("the library, given whsec_ + base64(old secret): %s", got.libraryError())
                    .isTrue();
            Webhook byKeyBytes = new Webhook(OLD_SECRET.getBytes(StandardCharsets.US_ASCII));
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> byKeyBytes.verify(got.body(), got.headers())))
                    .as("the library, given the old secret's bytes as the key").isNull();
            assertThat(got.header("webhook-id")).isEqualTo(got.header("Jobmatch-Delivery"))
                    .isEqualTo(io.restassured.path.json.JsonPath.from(got.body()).getString("deliveryId"));
            assertThat(got.header("webhook-timestamp")).isEqualTo(got.header("Jobmatch-Timestamp"));
            assertThat(io.restassured.path.json.JsonPath.from(got.body()).getString("entityId")).isEqualTo(needId);

            assertThat(api.as(api.integration()).get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath()
                    .getList("items.findAll { it.id == '" + webhookId + "' }.legacyHeaders", Boolean.class))
                    .as("the listing says it still gets the Jobmatch-* headers").containsExactly(true);
            await(() -> "DELIVERED".equals(api.as(api.integration()).get("/api/v1/webhooks/" + webhookId
                    + "/deliveries").then().extract().path("items[0].status")));
        }
    }

    /** The subscription's row holds exactly this secret and is marked for the Jobmatch-* headers. */
    private static long rowsWith(ApplicationContext context, String id, String secret) {
        return new Tables(context.getBean(DataSource.class)).count("webhook_subscription WHERE id = '" + id
                + "' AND secret = '" + secret + "' AND legacy_headers = TRUE");
    }
}
