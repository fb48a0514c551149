package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.AtOnce;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An OPEN need with no activity goes stale after jobmatch.needs.stale-days (60) and EXPIRED after
 * expire-days (90): announced once (change feed, need.expired webhook), no longer matched or listed
 * by default, and reopened by a PUT. Time moves with the test clock.
 */
@ServerTest
class NeedExpiryApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;
    @Inject
    NeedExpiry expiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNeedWithoutActivityIsStaleAfter60DaysAndExpiresOnceAfter90() {
        String integration = api.integration();
        String webhook = api.as(integration).body(Map.of("url", "http://localhost:9/ingen",
                        "eventTypes", List.of("need.expired", "need.updated")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        String word = "stalecheck" + UUID.randomUUID().toString().substring(0, 8);
        String employerId = api.createEmployer(consultant, "Stille " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId,
                TestData.need("Oprydning " + word, TestData.task("Oprydning " + word, 6, "oprydning")));
        String citizenId = api.createCitizen(consultant, TestData.citizen("Oprydning og lager", "oprydning"));
        LocalDate activeDay = createdDay(needId);
        String cursor = api.changeFeedEnd(integration);
        assertThat(citizenMatches(citizenId)).as("an open need is matched").contains(needId);

        clock.advance(Duration.ofDays(59));
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN")).body("staleSince", nullValue());

        clock.advance(Duration.ofDays(1));
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN")).body("staleSince", equalTo(activeDay.plusDays(60).toString()));
        expiry.expireDue();
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", equalTo("OPEN"));

        clock.advance(Duration.ofDays(29));
        expiry.expireDue();
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", equalTo("OPEN"));

        clock.advance(Duration.ofDays(1));
        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("EXPIRED")).body("staleSince", equalTo(activeDay.plusDays(60).toString()));

        List<Map<String, Object>> changes = api.changesAfter(integration, cursor).stream()
                .filter(c -> needId.equals(c.get("entityId"))).toList();
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.get("entityType")).isEqualTo("need");
            assertThat(c.get("operation")).isEqualTo("UPDATED");
            assertThat(c.get("detail")).isEqualTo("EXPIRED");
        });
        Eventually.within(Duration.ofSeconds(20), () -> deliveries(integration, webhook, needId).size() == 1);
        assertThat(deliveries(integration, webhook, needId)).as("need.expired, not need.updated")
                .containsExactly("need.expired");

        // Not matched, and out of need searches unless asked for by status.
        Eventually.within(Duration.ofSeconds(20), () -> !api.searchNeedIds(consultant, word).contains(needId));
        assertThat(citizenMatches(citizenId)).doesNotContain(needId);
        api.as(consultant).get("/api/v1/needs/" + needId + "/matches").then().statusCode(200)
                .body("results.size()", equalTo(0));
        assertThat(api.as(consultant).queryParam("q", word).queryParam("status", "EXPIRED").get("/api/v1/needs")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).containsExactly(needId);

        String before = tables.writeFootprint();
        expiry.expireDue();
        assertThat(tables.writeFootprint()).as("an expired need is not expired twice").isEqualTo(before);
        assertThat(tables.count("outbox WHERE entity_id = '" + needId + "' AND detail = 'EXPIRED'")).isEqualTo(1);
    }

    @Test
    void aPutReopensAnExpiredNeedWhichIsMatchedAgain() {
        String word = "genåbn" + UUID.randomUUID().toString().substring(0, 8);
        String employerId = api.createEmployer(consultant, "Genåbnet " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId,
                TestData.need("Oprydning " + word, TestData.task("Oprydning " + word, 6, "oprydning")));
        clock.advance(Duration.ofDays(90));
        expiry.expireDue();
        Map<String, Object> asRead = api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("EXPIRED")).extract().path("$");

        api.as(consultant).body(asRead).put("/api/v1/needs/" + needId).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("staleSince", nullValue());
        assertThat(api.searchNeedIds(consultant, word)).contains(needId);
        String citizenId = api.createCitizen(consultant, TestData.citizen("Oprydning og lager", "oprydning"));
        assertThat(citizenMatches(citizenId)).contains(needId);

        clock.advance(Duration.ofDays(89));
        expiry.expireDue();
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", equalTo("OPEN"));
        clock.advance(Duration.ofDays(1));
        expiry.expireDue();
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", equalTo("EXPIRED"));
        assertThat(tables.count("outbox WHERE entity_id = '" + needId + "' AND detail = 'EXPIRED'"))
                .as("expired, reopened, expired again").isEqualTo(2);
    }

    @Test
    void aChangeAnAgreementOrAnIntroductionKeepsANeedFresh() {
        String employerId = api.createEmployer(consultant, "Travl " + UUID.randomUUID(), TestData.randomCvr());
        String changed = api.createNeed(consultant, employerId, TestData.need("Ændret", TestData.cleanUpTask()));
        String agreed = api.createNeed(consultant, employerId, TestData.need("Aftalt", TestData.cleanUpTask()));
        String idle = api.createNeed(consultant, employerId, TestData.need("Glemt", TestData.cleanUpTask()));
        String stopped = api.createNeed(consultant, employerId, TestData.need("Stoppet", TestData.cleanUpTask()));
        String stoppedAgreement = api.draftAgreement(consultant,
                api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())), stopped, "2026-12-01");
        String introduced = api.createNeed(consultant, employerId, TestData.need("Præsenteret", TestData.cleanUpTask()));
        String answered = api.createNeed(consultant, employerId, TestData.need("Besvaret", TestData.cleanUpTask()));
        String earlyIntroduction = introduce(answered);

        clock.advance(Duration.ofDays(50));
        api.as(consultant).body(TestData.need("Ændret igen", TestData.cleanUpTask()))
                .put("/api/v1/needs/" + changed).then().statusCode(200);
        api.draftAgreement(consultant, api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                agreed, LocalDate.now(clock).plusDays(7).toString());
        // A change of an older agreement is activity too: the course stopped (its places are free again).
        api.as(consultant).body(Map.of("type", "STOPPED", "date", LocalDate.now(clock).toString(),
                "reasonCode", "CITIZEN_WITHDREW")).post("/api/v1/agreements/" + stoppedAgreement + "/events")
                .then().statusCode(201);
        introduce(introduced);
        // An answer is activity too, however long ago the citizen was proposed.
        api.as(consultant).body(Map.of("decision", "DECLINED", "reasonCode", "TASKS_NOT_SUITABLE"))
                .post("/api/v1/introductions/" + earlyIntroduction + "/response").then().statusCode(200);

        clock.advance(Duration.ofDays(45));
        expiry.expireDue();
        for (String fresh : List.of(introduced, answered)) {
            api.as(consultant).get("/api/v1/needs/" + fresh).then()
                    .body("status", equalTo("OPEN")).body("staleSince", nullValue());
        }
        api.as(consultant).get("/api/v1/needs/" + idle).then().body("status", equalTo("EXPIRED"));
        api.as(consultant).get("/api/v1/needs/" + changed).then()
                .body("status", equalTo("OPEN")).body("staleSince", nullValue());
        api.as(consultant).get("/api/v1/needs/" + stopped).then()
                .body("status", equalTo("OPEN")).body("staleSince", nullValue());
        // The draft holds the need's only place: FILLED, which never goes stale.
        api.as(consultant).get("/api/v1/needs/" + agreed).then()
                .body("status", equalTo("FILLED")).body("staleSince", nullValue());

        clock.advance(Duration.ofDays(20));
        api.as(consultant).get("/api/v1/needs/" + changed).then()
                .body("status", equalTo("OPEN")).body("staleSince", equalTo(LocalDate.now(clock).minusDays(5).toString()));
    }

    @Test
    void aNeedCreatedAsExpiredIsRefused() {
        String employerId = api.createEmployer(consultant, "Udløbet " + UUID.randomUUID(), TestData.randomCvr());
        Map<String, Object> need = TestData.need();
        need.put("status", "EXPIRED");
        String before = tables.writeFootprint();
        api.as(consultant).body(need).post("/api/v1/employers/" + employerId + "/needs").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    /**
     * Two instances' schedules firing at the same moment over one database: each idle need expires
     * once (one EXPIRED change), whichever instance gets it, and none is missed.
     */
    @Test
    void twoInstancesExpiringAtOnceExpireEachNeedExactlyOnce() throws Exception {
        String employerId = api.createEmployer(consultant, "To instanser " + UUID.randomUUID(), TestData.randomCvr());
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            needs.add(api.createNeed(consultant, employerId, TestData.need("Oprydning " + i, TestData.cleanUpTask())));
        }
        clock.advance(Duration.ofDays(91));

        List<Integer> expired = AtOnce.run(expiry::expireDue, expiry::expireDue);

        assertThat(expired.stream().mapToInt(Integer::intValue).sum()).as("each need counted by one instance")
                .isGreaterThanOrEqualTo(needs.size());
        for (String needId : needs) {
            api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", equalTo("EXPIRED"));
            assertThat(tables.count("outbox WHERE entity_id = '" + needId + "' AND detail = 'EXPIRED'"))
                    .as("one EXPIRED change per need").isEqualTo(1);
        }
    }

    private String introduce(String needId) {
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        return api.as(consultant).body(Map.of("citizenId", citizenId)).post("/api/v1/needs/" + needId + "/introductions")
                .then().statusCode(201).extract().path("id");
    }

    private LocalDate createdDay(String needId) {
        String createdAt = api.as(consultant).get("/api/v1/needs/" + needId).then().extract().path("createdAt");
        return LocalDate.ofInstant(Instant.parse(createdAt), ZoneOffset.UTC);
    }

    private List<String> citizenMatches(String citizenId) {
        return api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("results.needId", String.class);
    }

    private List<String> deliveries(String integration, String webhook, String needId) {
        JsonPath log = api.as(integration).get("/api/v1/webhooks/" + webhook + "/deliveries?size=100").then()
                .statusCode(200).extract().jsonPath();
        List<String> types = new ArrayList<>();
        List<Map<String, Object>> items = log.getList("items");
        for (Map<String, Object> item : items) {
            if (needId.equals(item.get("entityId"))) {
                types.add((String) item.get("eventType"));
            }
        }
        return types;
    }
}
