package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.AtOnce;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Contract v1.1 "Capacity and commitments" through the real API: what agreements hold and release. */
@ServerTest
class CapacityApiTest extends ApiTestSupport {

    String employerId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Kapacitet " + UUID.randomUUID(), TestData.randomCvr());
    }

    @Test
    void aTakenPlaceIsNotOfferedAgainTheNeedFillsAndReopensWhenReleased() {
        String needId = need(1);
        String taskId = api.as(consultant).get("/api/v1/needs/" + needId).path("tasks[0].id");
        String first = citizen();
        String second = citizen();

        String agreement = api.draftAgreement(consultant, first, needId, "2026-12-01");
        api.as(consultant).get("/api/v1/needs/" + needId).then().statusCode(200)
                .body("status", equalTo("FILLED"))
                .body("tasks[0].capacity", equalTo(1))
                .body("tasks[0].held", equalTo(1))
                .body("tasks[0].available", equalTo(0));
        assertThat(matchedNeeds(second)).doesNotContain(needId);
        Eventually.within(Duration.ofSeconds(10), () -> !openNeedIds().contains(needId));

        String before = tables.writeFootprint();
        api.as(consultant).body(request(second, needId, List.of(taskId))).post("/api/v1/agreements")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(taskId));
        api.as(consultant).body(request(second, needId, null)).post("/api/v1/agreements")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(before);

        api.as(consultant).body(Map.of("type", "STOPPED", "date", "2026-12-10", "reasonCode", "CITIZEN_WITHDREW"))
                .post("/api/v1/agreements/" + agreement + "/events").then().statusCode(201);
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN"))
                .body("tasks[0].held", equalTo(0))
                .body("tasks[0].available", equalTo(1));
        assertThat(matchedNeeds(second)).contains(needId);
        Eventually.within(Duration.ofSeconds(10), () -> openNeedIds().contains(needId));
        assertThat(api.updatesInFeed(needId)).as("the feed (and need.updated webhooks) tell of filling and reopening")
                .isEqualTo(2);
        api.draftAgreement(consultant, second, needId, "2026-12-15");
    }

    @Test
    void citizensShareATaskUpToItsCapacityAndADeletedDraftGivesItsPlaceBack() {
        String needId = need(2);
        String first = api.draftAgreement(consultant, citizen(), needId, "2026-12-01");
        String second = api.activeAgreement(consultant, citizen(), needId, "2026-12-01");
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("FILLED")).body("tasks[0].held", equalTo(2));
        api.as(consultant).body(request(citizen(), needId, null)).post("/api/v1/agreements").then().statusCode(409);

        api.as(consultant).delete("/api/v1/agreements/" + second).then().statusCode(409)
                .contentType("application/problem+json");
        api.as(consultant).delete("/api/v1/agreements/" + first).then().statusCode(204);
        api.as(consultant).get("/api/v1/agreements/" + first).then().statusCode(404);
        String stored = tables.writeFootprint();
        api.as(consultant).delete("/api/v1/agreements/" + first).then().statusCode(404)
                .contentType("application/problem+json");
        api.as(consultant).delete("/api/v1/agreements/" + "x".repeat(65)).then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(stored);
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN")).body("tasks[0].held", equalTo(1)).body("tasks[0].available", equalTo(1));
        api.draftAgreement(consultant, citizen(), needId, "2026-12-01");
    }

    @Test
    void aHiredCitizenKeepsThePlaceUntilTheEmploymentEnds() {
        String needId = need(1);
        String citizenId = citizen();
        String agreement = api.activeAgreement(consultant, citizenId, needId, "2026-12-01");
        api.as(consultant).body(Map.of("type", "EMPLOYMENT_ENDED", "date", "2027-01-10", "reasonCode", "MOVED"))
                .post("/api/v1/agreements/" + agreement + "/events").then().statusCode(409);
        event(agreement, "HIRED").then().statusCode(201);
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("FILLED")).body("tasks[0].held", equalTo(1));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("committedHoursPerWeek", equalTo(6.0f));

        event(agreement, "EMPLOYMENT_ENDED").then().statusCode(201);
        api.as(consultant).get("/api/v1/agreements/" + agreement).then().body("status", equalTo("HIRED"));
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN")).body("tasks[0].available", equalTo(1));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("committedHoursPerWeek", equalTo(0.0f));
        event(agreement, "EMPLOYMENT_ENDED").then().statusCode(409).contentType("application/problem+json");
    }

    /** An event on 2027-02-01; an ending with the reason code it must have. */
    private Response event(String agreementId, String type) {
        Map<String, Object> event = new HashMap<>(Map.of("type", type, "date", "2027-02-01"));
        if (type.equals("EMPLOYMENT_ENDED") || type.equals("STOPPED")) {
            event.put("reasonCode", "EMPLOYER_NO_LONGER_NEEDS");
        }
        return api.as(consultant).body(event)
                .post("/api/v1/agreements/" + agreementId + "/events");
    }

    @Test
    void aSecondJobIsMatchedAndAgreedForTheHoursLeftOnly() {
        String citizenId = citizen();
        api.draftAgreement(consultant, citizenId, need(1), "2026-12-01");
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().statusCode(200)
                .body("committedHoursPerWeek", equalTo(6.0f))
                .body("remainingHoursPerWeek.min", equalTo(0.0f))
                .body("remainingHoursPerWeek.max", equalTo(4.0f));

        Map<String, Object> second = TestData.need("Pakning af varer", TestData.task("Pakning af småvarer", 3, "oprydning"),
                TestData.task("Oprydning på lageret", 6, "oprydning"));
        second.put("hoursPerWeek", Map.of("min", 2, "max", 10));
        String secondNeed = api.createNeed(consultant, employerId, second);
        String sixHourTask = api.as(consultant).get("/api/v1/needs/" + secondNeed).path("tasks[1].id");

        Response matches = api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=50");
        List<String> needIds = matches.path("results.needId");
        assertThat(needIds).contains(secondNeed);
        List<Float> hours = matches.path("results.proposedHoursPerWeek");
        assertThat(hours).allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(4.0f));

        String before = tables.writeFootprint();
        Map<String, Object> tooMany = request(citizenId, secondNeed, null);
        tooMany.put("hoursPerWeek", 5);
        api.as(consultant).body(tooMany).post("/api/v1/agreements").then().statusCode(422)
                .body("errors.field", hasItem("hoursPerWeek"));
        api.as(consultant).body(request(citizenId, secondNeed, List.of(sixHourTask))).post("/api/v1/agreements")
                .then().statusCode(422);
        assertThat(tables.writeFootprint()).isEqualTo(before);

        api.as(consultant).body(request(citizenId, secondNeed, null)).post("/api/v1/agreements").then().statusCode(201)
                .body("hoursPerWeek", equalTo(3.0f));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then()
                .body("committedHoursPerWeek", equalTo(9.0f))
                .body("remainingHoursPerWeek.max", equalTo(1.0f));
        assertThat((List<String>) api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=50")
                .path("results.needId")).doesNotContain(secondNeed);
    }

    @Test
    void aCapacityBelowOneIs422AndStoresNothing() {
        String before = tables.writeFootprint();
        for (int capacity : new int[] {0, -1}) {
            Map<String, Object> task = TestData.cleanUpTask();
            task.put("capacity", capacity);
            api.as(consultant).body(TestData.need("Oprydning", task)).post("/api/v1/employers/" + employerId + "/needs")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItem("tasks[0].capacity"));
        }
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void twoConsultantsTakingTheLastPlaceAtOnceGetOne201AndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String needId = need(1);
            String one = citizen();
            String other = citizen();
            List<Integer> statuses = AtOnce.run(
                    () -> api.as(consultant).body(request(one, needId, null)).post("/api/v1/agreements").statusCode(),
                    () -> api.as(consultant).body(request(other, needId, null)).post("/api/v1/agreements").statusCode());
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
            api.as(consultant).get("/api/v1/needs/" + needId).then().body("tasks[0].held", equalTo(1));
        }
    }

    @Test
    void twoAgreementsForACitizensLastFreeHoursAtOnceGetOne201AndOne422() throws Exception {
        for (int round = 0; round < 5; round++) {
            Map<String, Object> profile = TestData.citizen(TestData.randomExternalRef());
            profile.put("hoursPerWeek", Map.of("min", 6, "max", 6));
            String citizenId = api.createCitizen(consultant, profile);
            String firstNeed = need(1);
            String secondNeed = need(1);
            List<Integer> statuses = AtOnce.run(
                    () -> api.as(consultant).body(request(citizenId, firstNeed, null)).post("/api/v1/agreements")
                            .statusCode(),
                    () -> api.as(consultant).body(request(citizenId, secondNeed, null)).post("/api/v1/agreements")
                            .statusCode());
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 422);
            api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("committedHoursPerWeek", equalTo(6.0f));
        }
    }

    /** A need with the contract example's clean-up task (6 h) alone, at this capacity. */
    private String need(int capacity) {
        Map<String, Object> task = TestData.cleanUpTask();
        task.put("capacity", capacity);
        return api.createNeed(consultant, employerId, TestData.need("Oprydning " + UUID.randomUUID(), task));
    }

    private String citizen() {
        return api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }

    private static Map<String, Object> request(String citizenId, String needId, List<String> taskIds) {
        Map<String, Object> request = new HashMap<>(Map.of("citizenId", citizenId, "needId", needId,
                "startDate", "2026-12-01"));
        if (taskIds != null) {
            request.put("taskIds", taskIds);
        }
        return request;
    }

    private List<String> matchedNeeds(String citizenId) {
        return api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=100").then().statusCode(200)
                .extract().path("results.needId");
    }

    private List<String> openNeedIds() {
        return api.as(consultant).queryParam("employerId", employerId).queryParam("status", "OPEN")
                .queryParam("size", 100).get("/api/v1/needs").then().statusCode(200).extract().path("items.id");
    }
}
