package dk.jobmatch.webhook;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Property;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries signed per Standard Webhooks, verified by the specification's own Java library in a
 * local receiver; retries after the receiver was down (same webhook-id, so repeats can be dropped);
 * and the subscription rules.
 */
@ServerTest
@Property(name = "jobmatch.webhooks.poll-interval", value = WebhookApiTest.FAST)
@Property(name = "jobmatch.webhooks.first-retry", value = WebhookApiTest.FAST)
class WebhookApiTest extends ApiTestSupport {

    /** Deliveries and retries in fractions of a second, so these tests wait little. */
    static final String FAST = "200ms";

    @Test
    void subscribedEventsArriveSignedAndAreLogged() {
        try (Receiver receiver = new Receiver(0)) {
            String integration = api.integration();
            JsonPath webhook = subscribe(integration, receiver.url(), "need.created", "agreement.activated", "agreement.event");
            receiver.expectSecret(webhook.getString("secret"));
            String employerId = api.createEmployer(consultant, "Hook " + UUID.randomUUID(), TestData.randomCvr());
            String needId = api.createNeed(consultant, employerId, TestData.need());
            api.as(consultant).body(TestData.need()).put("/api/v1/needs/" + needId).then().statusCode(200);
            String agreementId = api.activeAgreement(consultant,
                    api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())), needId, "2026-12-01");
            api.as(consultant).body(Map.of("type", "HIRED", "date", "2027-02-01"))
                    .post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);

            await(() -> receiver.received().size() >= 3);
            List<Receiver.Received> got = receiver.received();
            assertThat(got).hasSize(3).allSatisfy(r -> assertThat(r.signatureValid())
                    .as("the Standard Webhooks library verifies the delivery: %s", r.libraryError()).isTrue());
            List<JsonPath> bodies = got.stream().map(r -> JsonPath.from(r.body())).toList();
            assertThat(bodies).extracting(b -> b.getString("type") + " " + b.getString("entityId"))
                    .containsExactlyInAnyOrder("need.created " + needId, "agreement.activated " + agreementId,
                            "agreement.event " + agreementId);
            assertThat(bodies).filteredOn(b -> b.getString("type").equals("agreement.event"))
                    .singleElement().satisfies(b -> assertThat(b.getString("detail")).isEqualTo("HIRED"));
            assertThat(got).allSatisfy(r -> assertThat(r.header("webhook-id"))
                    .isEqualTo(JsonPath.from(r.body()).getString("deliveryId")));
            assertThat(got).as("a subscription made after V10 gets the standard headers only").allSatisfy(r ->
                    assertThat(List.of("Jobmatch-Delivery", "Jobmatch-Timestamp", "Jobmatch-Signature"))
                            .allSatisfy(legacy -> assertThat(r.header(legacy)).isNull()));

            await(() -> deliveries(integration, webhook.getString("id")).getList("items.status").stream()
                    .allMatch("DELIVERED"::equals));
            JsonPath log = deliveries(integration, webhook.getString("id"));
            assertThat(log.getInt("total")).isEqualTo(3);
            assertThat(log.getList("items.attempts", Integer.class)).containsOnly(1);
            assertThat(log.getList("items.lastStatusCode", Integer.class)).containsOnly(200);
        }
    }

    /**
     * The case worker's system hears why a course ended, as a code (CITIZEN_HEALTH included), but
     * never the consultant's words or the debrief; an event without a code has no reasonCode.
     */
    @Test
    void endingsArriveWithTheirReasonCodeAndNoFreeText() {
        try (Receiver receiver = new Receiver(0)) {
            String integration = api.integration();
            JsonPath webhook = subscribe(integration, receiver.url(), "agreement.event");
            receiver.expectSecret(webhook.getString("secret"));
            String employerId = api.createEmployer(consultant, "Slut " + UUID.randomUUID(), TestData.randomCvr());
            String stopped = api.activeAgreement(consultant,
                    api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                    api.createNeed(consultant, employerId, TestData.need()), "2026-12-01");
            String hired = api.activeAgreement(consultant,
                    api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                    api.createNeed(consultant, employerId, TestData.need()), "2026-12-01");
            api.as(consultant).body(Map.of("type", "STOPPED", "date", "2027-01-10", "reasonCode", "CITIZEN_HEALTH",
                            "reason", "Sygemeldt med stress", "debrief", Map.of("employerView", "Borgeren var presset",
                                    "strengths", List.of("Mødestabil"), "lessons", "Kortere dage")))
                    .post("/api/v1/agreements/" + stopped + "/events").then().statusCode(201);
            api.as(consultant).body(Map.of("type", "HIRED", "date", "2027-02-01"))
                    .post("/api/v1/agreements/" + hired + "/events").then().statusCode(201);
            api.as(consultant).body(Map.of("type", "EMPLOYMENT_ENDED", "date", "2027-05-01",
                            "reasonCode", "EMPLOYER_NO_LONGER_NEEDS", "reason", "Ordrenedgang"))
                    .post("/api/v1/agreements/" + hired + "/events").then().statusCode(201);

            await(() -> ours(receiver, stopped, hired).size() >= 3);
            List<Receiver.Received> got = ours(receiver, stopped, hired);
            assertThat(got).hasSize(3).allSatisfy(r -> assertThat(r.signatureValid()).as(r.libraryError()).isTrue());
            assertThat(got).extracting(r -> JsonPath.from(r.body())).extracting(b -> b.getString("type") + " "
                            + b.getString("entityId") + " " + b.getString("detail") + " " + b.getString("reasonCode"))
                    .containsExactlyInAnyOrder("agreement.event " + stopped + " STOPPED CITIZEN_HEALTH",
                            "agreement.event " + hired + " HIRED null",
                            "agreement.event " + hired + " EMPLOYMENT_ENDED EMPLOYER_NO_LONGER_NEEDS");
            assertThat(got).filteredOn(r -> r.body().contains("HIRED")).singleElement()
                    .satisfies(r -> assertThat(r.body()).as("absent, not null").doesNotContain("reasonCode"));
            assertThat(got).allSatisfy(r -> assertThat(r.body())
                    .doesNotContain("stress", "presset", "Mødestabil", "Kortere", "Ordrenedgang"));
        }
    }

    /** A re-plan and an aftercare follow-up each arrive as their own event, ids and codes only. */
    @Test
    void replansAndAftercareFollowUpsArriveAsTheirOwnEvents() {
        try (Receiver receiver = new Receiver(0)) {
            String integration = api.integration();
            JsonPath webhook = subscribe(integration, receiver.url(), "agreement.replanned", "agreement.aftercare");
            receiver.expectSecret(webhook.getString("secret"));
            String employerId = api.createEmployer(consultant, "Forløb " + UUID.randomUUID(), TestData.randomCvr());
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String agreement = api.activeAgreement(consultant,
                    api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                    api.createNeed(consultant, employerId, TestData.need()), today.minusDays(60).toString());
            String path = "/api/v1/agreements/" + agreement;
            api.as(consultant).body(Map.of("date", today.minusDays(2).toString(), "actualHoursPerWeek", 6,
                    "format", "PHONE", "notes", "Træt om morgenen")).post(path + "/follow-ups").then().statusCode(201);
            api.as(consultant).post(path + "/replan").then().statusCode(201);
            api.as(consultant).body(Map.of("type", "HIRED", "date", today.minusDays(20).toString()))
                    .post(path + "/events").then().statusCode(201);
            api.as(consultant).body(Map.of("date", today.toString(), "actualHoursPerWeek", 10, "stillEmployed", true,
                    "format", "WORKPLACE_VISIT")).post(path + "/follow-ups").then().statusCode(201);

            await(() -> ours(receiver, agreement).size() >= 2);
            List<Receiver.Received> got = ours(receiver, agreement);
            assertThat(got).hasSize(2).allSatisfy(r -> assertThat(r.signatureValid()).as(r.libraryError()).isTrue());
            assertThat(got).extracting(r -> JsonPath.from(r.body())).extracting(b -> b.getString("type") + " "
                            + b.getString("detail"))
                    // Deliveries are sent concurrently (Dispatcher), so their arrival order is not promised.
                    .containsExactlyInAnyOrder("agreement.replanned REPLANNED", "agreement.aftercare AFTERCARE_FOLLOW_UP");
            assertThat(got).allSatisfy(r -> assertThat(r.body()).doesNotContain("Træt", "stillEmployed"));
        }
    }

    /**
     * An agreement.event names the citizen's team roles to inform for that kind of event, as roles:
     * never the team's names, phone numbers or e-mail addresses.
     */
    @Test
    void agreementEventsNameTheTeamRolesToInformNeverThePeople() {
        try (Receiver receiver = new Receiver(0)) {
            String integration = api.integration();
            JsonPath webhook = subscribe(integration, receiver.url(), "agreement.event");
            receiver.expectSecret(webhook.getString("secret"));
            String employerId = api.createEmployer(consultant, "Team " + UUID.randomUUID(), TestData.randomCvr());
            Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
            citizen.put("team", List.of(
                    Map.of("role", "CASE_WORKER", "name", "Sagsbehandler Sørensen", "phone", "+45 98 76 54 32",
                            "email", "soeren@kommune.example.dk"),
                    Map.of("role", "MENTOR", "name", "Mentor Mikkelsen")));
            String stopped = api.activeAgreement(consultant, api.createCitizen(consultant, citizen),
                    api.createNeed(consultant, employerId, TestData.need()), "2026-12-01");
            String hired = api.activeAgreement(consultant,
                    api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                    api.createNeed(consultant, employerId, TestData.need()), "2026-12-01");
            api.as(consultant).body(Map.of("type", "HOURS_REDUCED", "date", "2027-01-05"))
                    .post("/api/v1/agreements/" + stopped + "/events").then().statusCode(201);
            api.as(consultant).body(Map.of("type", "STOPPED", "date", "2027-01-10", "reasonCode", "CITIZEN_HEALTH"))
                    .post("/api/v1/agreements/" + stopped + "/events").then().statusCode(201);
            api.as(consultant).body(Map.of("type", "HIRED", "date", "2027-02-01"))
                    .post("/api/v1/agreements/" + hired + "/events").then().statusCode(201);

            await(() -> ours(receiver, stopped, hired).size() >= 3);
            List<Receiver.Received> got = ours(receiver, stopped, hired);
            assertThat(got).hasSize(3).allSatisfy(r -> assertThat(r.signatureValid()).as(r.libraryError()).isTrue());
            assertThat(got).extracting(r -> JsonPath.from(r.body())).extracting(b -> b.getString("detail") + " "
                            + b.getList("informRoles"))
                    .containsExactlyInAnyOrder("HOURS_REDUCED [CASE_WORKER, MENTOR, HEALTH_CONTACT]",
                            "STOPPED [CASE_WORKER, MENTOR, SUPPORT_WORKER, HEALTH_CONTACT]",
                            "HIRED [CASE_WORKER, MENTOR]");
            assertThat(got).allSatisfy(r -> assertThat(r.body())
                    .doesNotContain("Sørensen", "Mikkelsen", "98 76", "kommune.example.dk"));
        }
    }

    private static List<Receiver.Received> ours(Receiver receiver, String... agreementIds) {
        List<String> ids = List.of(agreementIds);
        return receiver.received().stream().filter(r -> ids.contains(JsonPath.from(r.body()).getString("entityId")))
                .toList();
    }

    @Test
    void aReceiverThatWasDownGetsTheDeliveryLaterWithBackoff() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String integration = api.integration();
        JsonPath webhook = subscribe(integration, "http://127.0.0.1:" + port + "/hook", "need.created");
        String employerId = api.createEmployer(consultant, "Nede " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());

        await(() -> attempts(deliveries(integration, webhook.getString("id"))) >= 2);
        JsonPath failing = deliveries(integration, webhook.getString("id"));
        assertThat(failing.getString("items[0].status")).isEqualTo("PENDING");
        assertThat(failing.getString("items[0].lastError")).isNotBlank();
        assertThat(failing.getString("items[0].nextAttemptAt")).isNotBlank();

        try (Receiver receiver = new Receiver(port, 503)) {
            receiver.expectSecret(webhook.getString("secret"));
            await(() -> "DELIVERED".equals(deliveries(integration, webhook.getString("id")).getString("items[0].status")));
            List<Receiver.Received> got = receiver.received();
            assertThat(got).hasSize(2).allSatisfy(r -> assertThat(r.signatureValid()).as(r.libraryError()).isTrue());
            assertThat(got.get(0).header("webhook-id")).as("a retry keeps the id receivers drop repeats by")
                    .isNotBlank().isEqualTo(got.get(1).header("webhook-id"))
                    .isEqualTo(JsonPath.from(got.get(1).body()).getString("deliveryId"));
            assertThat(Long.parseLong(got.get(1).header("webhook-timestamp")))
                    .as("the timestamp is the attempt's").isGreaterThanOrEqualTo(Long.parseLong(got.get(0).header("webhook-timestamp")));
            assertThat(JsonPath.from(got.get(1).body()).getString("entityId")).isEqualTo(needId);
        }
        JsonPath delivered = deliveries(integration, webhook.getString("id"));
        assertThat(delivered.getInt("items[0].attempts")).isGreaterThanOrEqualTo(4); // two refused, one 503, one 200
        assertThat(delivered.getInt("items[0].lastStatusCode")).isEqualTo(200);
    }

    @Test
    void subscriptionsAreCheckedOwnedAndSecretsShownOnce() {
        String integration = api.integration();
        String admin = api.admin();
        long before = tables.count("webhook_subscription");
        for (String url : List.of("ftp://example.dk/hook", "http://example.dk/hook", "https://user:pw@example.dk/h", "not a url")) {
            api.as(integration).body(Map.of("url", url, "eventTypes", List.of("need.created"))).post("/api/v1/webhooks")
                    .then().statusCode(422).contentType("application/problem+json");
        }
        api.as(integration).body(Map.of("url", "https://example.dk/hook", "eventTypes", List.of("need.exploded")))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.startsWith("eventTypes"));
        api.as(integration).body(Map.of("url", "https://example.dk/hook", "eventTypes", List.of()))
                .post("/api/v1/webhooks").then().statusCode(422);
        api.as(consultant).body(Map.of("url", "https://example.dk/hook", "eventTypes", List.of("need.created")))
                .post("/api/v1/webhooks").then().statusCode(403);
        assertThat(tables.count("webhook_subscription")).as("refused subscriptions store nothing").isEqualTo(before);

        JsonPath created = subscribe(integration, "https://sag.example.dk/jobmatch", "need.updated");
        String own = created.getString("id");
        assertThat(created.getString("secret")).as("a Standard Webhooks secret: whsec_ and base64 of 32 key bytes")
                .startsWith("whsec_").satisfies(secret -> assertThat(java.util.Base64.getDecoder()
                        .decode(secret.substring("whsec_".length()))).hasSize(32));
        assertThat(created.getBoolean("legacyHeaders")).as("no deprecated Jobmatch-* headers for new subscriptions")
                .isFalse();
        String admins = subscribe(admin, "https://dvh.example.dk/jobmatch", "need.created").getString("id");
        assertThat(tables.count("webhook_subscription")).isEqualTo(before + 2);
        JsonPath mine = api.as(integration).get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("items.id")).contains(own).doesNotContain(admins);
        assertThat(mine.getList("items.secret")).containsOnlyNulls();
        assertThat(api.as(admin).get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).contains(own, admins);
        api.as(integration).get("/api/v1/webhooks/" + own + "/deliveries?size=1000").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).get("/api/v1/webhooks/" + own + "/deliveries").then().statusCode(403);
        api.as(integration).delete("/api/v1/webhooks/" + admins).then().statusCode(404);
        api.as(integration).delete("/api/v1/webhooks/" + own).then().statusCode(204);
        api.as(integration).get("/api/v1/webhooks/" + own + "/deliveries").then().statusCode(404);
    }

    /** An introduction's proposal and answer arrive as their own events, ids and codes only. */
    @Test
    void introductionsArriveProposedAndAnsweredWithIdsOnly() {
        try (Receiver receiver = new Receiver(0)) {
            String integration = api.integration();
            JsonPath webhook = subscribe(integration, receiver.url(), "introduction.proposed", "introduction.answered");
            receiver.expectSecret(webhook.getString("secret"));
            String employerId = api.createEmployer(consultant, "Præsentation " + UUID.randomUUID(), TestData.randomCvr());
            String needId = api.createNeed(consultant, employerId, TestData.need());
            Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
            citizen.put("displayName", "Lone Lind");
            String citizenId = api.createCitizen(consultant, citizen);
            String id = api.as(consultant).body(Map.of("citizenId", citizenId, "note", "Rolig og stabil"))
                    .post("/api/v1/needs/" + needId + "/introductions").then().statusCode(201).extract().path("id");
            api.as(consultant).body(Map.of("decision", "DECLINED", "reasonCode", "NEED_COVERED",
                    "comment", "Vi har fundet en")).post("/api/v1/introductions/" + id + "/response")
                    .then().statusCode(200);

            await(() -> ours(receiver, id).size() >= 2);
            List<Receiver.Received> got = ours(receiver, id);
            assertThat(got).hasSize(2).allSatisfy(r -> assertThat(r.signatureValid()).as(r.libraryError()).isTrue());
            assertThat(got).extracting(r -> JsonPath.from(r.body())).extracting(b -> b.getString("type") + " "
                            + b.getString("detail"))
                    .containsExactlyInAnyOrder("introduction.proposed INTRODUCTION_PROPOSED",
                            "introduction.answered INTRODUCTION_DECLINED");
            assertThat(got).allSatisfy(r -> assertThat(r.body()).doesNotContain("Lone", "Rolig", "fundet"));
        }
    }

    /**
     * A receiver that accepts the connection and never answers holds its send for the timeout
     * (10 s); the deliveries of changes made meanwhile still go out at once (they used to wait for
     * the poll that was sending to it).
     */
    @Test
    void aHangingReceiverHoldsUpNoLaterDelivery() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0); Receiver receiver = new Receiver(0)) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            String integration = api.integration();
            String hanging = subscribe(integration, "http://localhost:" + silent.getLocalPort() + "/hook",
                    "need.created").getString("id");
            JsonPath webhook = subscribe(integration, receiver.url(), "need.created");
            receiver.expectSecret(webhook.getString("secret"));
            String employerId = api.createEmployer(consultant, "Tavs " + UUID.randomUUID(), TestData.randomCvr());

            api.createNeed(consultant, employerId, TestData.need());
            Eventually.within(Duration.ofSeconds(5), () -> !held.isEmpty());
            String later = api.createNeed(consultant, employerId, TestData.need());

            Eventually.within(Duration.ofSeconds(5), () -> receiver.received().stream()
                    .anyMatch(r -> later.equals(JsonPath.from(r.body()).getString("entityId"))));
            api.as(integration).delete("/api/v1/webhooks/" + hanging).then().statusCode(204);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private JsonPath subscribe(String token, String url, String... eventTypes) {
        return api.as(token).body(Map.of("url", url, "eventTypes", List.of(eventTypes))).post("/api/v1/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    private JsonPath deliveries(String token, String webhookId) {
        return api.as(token).get("/api/v1/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Attempts of the newest delivery; 0 while the dispatcher has not queued it yet. */
    static int attempts(JsonPath log) {
        Integer attempts = log.getObject("items[0].attempts", Integer.class);
        return attempts == null ? 0 : attempts;
    }

    static void await(BooleanSupplier condition) {
        Eventually.within(Duration.ofSeconds(20), condition);
    }
}
