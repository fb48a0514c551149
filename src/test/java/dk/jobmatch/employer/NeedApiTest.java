package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@ServerTest
class NeedApiTest extends ApiTestSupport {

    String employerId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Tømrer " + UUID.randomUUID(), TestData.randomCvr());
    }

    @Test
    void postedNeedKeepsAllFourPartsOfTheWheel() {
        var created = api.as(consultant).body(TestData.need())
                .post("/api/v1/employers/" + employerId + "/needs")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("employerId", equalTo(employerId))
                .body("tasks", hasSize(2))
                .body("tasks[0].id", notNullValue())
                .body("tasks[0].competences", contains("oprydning", "affaldssortering"))
                .body("tasks[1].demands", contains("HEAVY_LIFTING", "DRIVING"))
                .body("nonNegotiables", contains("DRIVING_LICENCE_B"))
                .body("flexibilities", contains("FLEXIBLE_HOURS", "GRADUAL_START"))
                .body("hoursPerWeek.min", equalTo(5.0f))
                .body("status", equalTo("OPEN"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/needs/" + id);

        api.as(consultant).get("/api/v1/needs/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Oprydning og kørsel på byggepladser"))
                .body("tasks.title", contains("Oprydning på byggepladsen", "Kørsel til genbrugsplads"))
                .body("placementType", equalTo("REKRUTTERING"));
    }

    @Test
    void statusDefaultsToOpen() {
        Map<String, Object> need = TestData.need();
        need.remove("status");
        api.as(consultant).body(need).post("/api/v1/employers/" + employerId + "/needs")
                .then().statusCode(201).body("status", equalTo("OPEN"));
    }

    @Test
    void updateReplacesTheNeedAndKeepsIdsOfTasksSentBack() {
        String id = api.createNeed(consultant, employerId, TestData.need());
        String cleanUpTaskId = api.as(consultant).get("/api/v1/needs/" + id).path("tasks[0].id");

        Map<String, Object> kept = TestData.cleanUpTask();
        kept.put("id", cleanUpTaskId);
        kept.put("hoursPerWeek", 8);
        Map<String, Object> changed = TestData.need("Oprydning og pakning af varebiler", kept,
                TestData.task("Pakning af varebiler", 3, "pakning"));
        changed.put("status", "PAUSED");

        api.as(consultant).body(changed).put("/api/v1/needs/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Oprydning og pakning af varebiler"))
                .body("status", equalTo("PAUSED"))
                .body("tasks[0].id", equalTo(cleanUpTaskId))
                .body("tasks[0].hoursPerWeek", equalTo(8.0f))
                .body("tasks[1].title", equalTo("Pakning af varebiler"));
        assertThat(tables.count("need_task")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void deleteRemovesTheNeedAndItsTasks() {
        String id = api.createNeed(consultant, employerId, TestData.need());
        api.as(consultant).delete("/api/v1/needs/" + id).then().statusCode(204);
        api.as(consultant).get("/api/v1/needs/" + id).then().statusCode(404).contentType("application/problem+json");
        api.as(consultant).delete("/api/v1/needs/" + id).then().statusCode(404);
    }

    @Test
    void invalidNeedsAreRejectedWithFieldErrorsAndStoreNothing() {
        String before = tables.writeFootprint();
        String url = "/api/v1/employers/" + employerId + "/needs";

        Map<String, Object> unknownCode = TestData.need();
        Map<String, Object> task = TestData.cleanUpTask();
        task.put("demands", List.of("FLYING"));
        unknownCode.put("tasks", List.of(task));
        api.as(consultant).body(unknownCode).post(url)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tasks[0].demands[0]"))
                .body("errors[0].message", equalTo("unknown code 'FLYING'"));

        Map<String, Object> negativeHours = TestData.need("Negativ", TestData.task("Feje", -2, "oprydning"));
        api.as(consultant).body(negativeHours).post(url)
                .then().statusCode(422).body("errors.field", hasItem("tasks[0].hoursPerWeek"));

        Map<String, Object> noTasks = TestData.need("Ingen opgaver");
        api.as(consultant).body(noTasks).post(url)
                .then().statusCode(422).body("errors.field", hasItem("tasks"));

        Map<String, Object> invertedRange = TestData.need();
        invertedRange.put("hoursPerWeek", Map.of("min", 12, "max", 6));
        api.as(consultant).body(invertedRange).post(url)
                .then().statusCode(422).body("errors.field", hasItem("hoursPerWeek"));

        Map<String, Object> oddHours = TestData.need("Skæve timer", TestData.task("Feje", 2.3, "oprydning"));
        oddHours.put("hoursPerWeek", Map.of("min", 1, "max", 5));
        api.as(consultant).body(oddHours).post(url)
                .then().statusCode(422).body("errors.field", hasItem("tasks[0].hoursPerWeek"));

        Map<String, Object> tooFewHours = TestData.need("For få timer", TestData.task("Feje", 2, "oprydning"));
        api.as(consultant).body(tooFewHours).post(url)
                .then().statusCode(422).body("errors.field", hasItem("tasks"));

        Map<String, Object> missingTitle = TestData.need();
        missingTitle.remove("title");
        api.as(consultant).body(missingTitle).post(url)
                .then().statusCode(422).body("errors.field", hasItem("title"));

        api.as(consultant).body("[1,2,3").post(url).then().statusCode(400).contentType("application/problem+json");

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).queryParam("employerId", employerId).get("/api/v1/needs")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void invalidUpdateLeavesTheNeedAsItWas() {
        String id = api.createNeed(consultant, employerId, TestData.need());
        String before = tables.writeFootprint();
        Map<String, Object> foreignTaskId = TestData.need();
        @SuppressWarnings("unchecked")
        Map<String, Object> task = ((List<Map<String, Object>>) foreignTaskId.get("tasks")).get(0);
        task.put("id", "not-a-task-of-this-need");
        foreignTaskId.put("title", "Skulle ikke gemmes");
        api.as(consultant).body(foreignTaskId).put("/api/v1/needs/" + id)
                .then().statusCode(422).body("errors.field", hasItem("tasks[0].id"));
        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/needs/" + id).then().body("title", equalTo("Oprydning og kørsel på byggepladser"));
        assertThat(api.searchNeedIds(consultant, "gemmes")).isEmpty();
    }

    @Test
    void employerCallersWorkOnTheirOwnNeedsOnly() {
        String foreignEmployer = api.createEmployer(consultant, "Fremmed " + UUID.randomUUID(), TestData.randomCvr());
        String foreignNeed = api.createNeed(consultant, foreignEmployer, TestData.need());
        String employer = api.employerLogin(consultant, employerId, "hr-" + UUID.randomUUID());

        String own = api.createNeed(employer, employerId, TestData.need());
        api.as(employer).get("/api/v1/needs/" + own).then().statusCode(200);
        api.as(employer).body(TestData.need()).put("/api/v1/needs/" + own).then().statusCode(200);

        String before = tables.writeFootprint();
        api.as(employer).get("/api/v1/needs/" + foreignNeed).then().statusCode(404).contentType("application/problem+json");
        api.as(employer).body(TestData.need()).put("/api/v1/needs/" + foreignNeed).then().statusCode(404);
        api.as(employer).delete("/api/v1/needs/" + foreignNeed).then().statusCode(404);
        api.as(employer).body(TestData.need()).post("/api/v1/employers/" + foreignEmployer + "/needs")
                .then().statusCode(404);
        assertThat(tables.writeFootprint()).isEqualTo(before);

        api.as(employer).get("/api/v1/needs").then().statusCode(200).body("items.id", contains(own));
        api.as(employer).queryParam("employerId", foreignEmployer).get("/api/v1/needs")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void needEndpointsRequireAToken() {
        String id = api.createNeed(consultant, employerId, TestData.need());
        api.anonymous().get("/api/v1/needs/" + id).then().statusCode(401).contentType("application/problem+json");
        api.anonymous().get("/api/v1/needs").then().statusCode(401);
        api.anonymous().body(TestData.need()).post("/api/v1/employers/" + employerId + "/needs").then().statusCode(401);
        api.anonymous().delete("/api/v1/needs/" + id).then().statusCode(401);
    }

    @Test
    void unknownNeedOrEmployerIs404() {
        api.as(consultant).get("/api/v1/needs/" + UUID.randomUUID()).then().statusCode(404);
        api.as(consultant).body(TestData.need()).post("/api/v1/employers/" + UUID.randomUUID() + "/needs")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
