package dk.jobmatch.webhook;

import dk.jobmatch.outbox.OutboxRepository;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Property;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription hears of the changes made from its making on. With no subscription at all the
 * dispatcher passes the outbox's rows without reading them (its own service and database here, so
 * no other test's subscription is there): the rows passed so are none a later subscription is owed.
 */
@ServerTest
@Property(name = "jobmatch.webhooks.poll-interval", value = WebhookApiTest.FAST)
class WebhookFromSubscriptionTest extends ApiTestSupport {

    @Inject
    DeliveryCursorRepository cursor;

    @Inject
    OutboxRepository outbox;

    @Test
    void changesBeforeTheFirstSubscriptionArePassedAndLaterOnesDelivered() {
        String employerId = api.createEmployer(consultant, "Før " + UUID.randomUUID(), TestData.randomCvr());
        String before = api.createNeed(consultant, employerId, TestData.need());
        long written = outbox.lastReserved();
        WebhookApiTest.await(() -> cursor.position() >= written);

        try (Receiver receiver = new Receiver(0)) {
            String integration = api.integration();
            JsonPath webhook = api.as(integration)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("need.created")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
            receiver.expectSecret(webhook.getString("secret"));
            String after = api.createNeed(consultant, employerId, TestData.need());

            WebhookApiTest.await(() -> !receiver.received().isEmpty());
            WebhookApiTest.await(() -> cursor.position() >= outbox.lastReserved());
            assertThat(receiver.received()).extracting(r -> JsonPath.from(r.body()).getString("entityId"))
                    .containsExactly(after).doesNotContain(before);
            assertThat(api.as(integration).get("/api/v1/webhooks/" + webhook.getString("id") + "/deliveries")
                    .then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);
        }
    }
}
