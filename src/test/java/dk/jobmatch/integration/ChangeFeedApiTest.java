package dk.jobmatch.integration;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The change feed: commit order, cursors that chain, no personal data, and who may read it. */
@ServerTest
class ChangeFeedApiTest extends ApiTestSupport {

    @Test
    void changesArriveInCommitOrderWithWhatHappened() {
        String integration = api.integration();
        String cursor = api.changeFeedEnd(integration);
        String employerId = api.createEmployer(consultant, "Feed " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        api.as(consultant).body(TestData.need()).put("/api/v1/needs/" + needId).then().statusCode(200);
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String agreementId = api.activeAgreement(consultant, citizenId, needId, "2026-12-01");
        api.as(consultant).body(Map.of("type", "HIRED", "date", "2027-02-01"))
                .post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);
        String otherNeed = api.createNeed(consultant, employerId, TestData.need());
        api.as(consultant).delete("/api/v1/needs/" + otherNeed).then().statusCode(204);

        List<Map<String, Object>> changes = readAll(integration, cursor, 100);
        assertThat(changes).extracting(c -> c.get("entityType") + " " + c.get("operation")
                        + (c.get("detail") == null ? "" : " " + c.get("detail")))
                .containsExactly("need CREATED", "need UPDATED", "citizen CREATED", "agreement CREATED",
                        // the draft holds a place of the need's task and the citizen's hours: the
                        // task's held and available and the citizen's committed hours changed
                        "need UPDATED", "citizen UPDATED",
                        "agreement UPDATED", "agreement UPDATED", "agreement UPDATED ACTIVATED",
                        "agreement UPDATED HIRED", "need CREATED", "need DELETED");
        assertThat(changes).extracting(c -> c.get("entityId")).containsExactly(needId, needId, citizenId,
                agreementId, needId, citizenId, agreementId, agreementId, agreementId, agreementId, otherNeed, otherNeed);
        List<Long> cursors = changes.stream().map(c -> Long.parseLong((String) c.get("cursor"))).toList();
        assertThat(cursors).isSorted().doesNotHaveDuplicates();
        assertThat(changes).allSatisfy(c -> assertThat(c.get("version")).isEqualTo(Long.valueOf((String) c.get("cursor")).intValue()));
        Map<String, Object> citizenEntry = changes.get(2);
        assertThat(citizenEntry.keySet()).isEqualTo(Set.of("cursor", "entityType", "entityId", "operation", "version", "at"));
    }

    @Test
    void pagesChainWithoutGapsOrRepeatsEvenUnderConcurrentWrites() throws Exception {
        String integration = api.integration();
        String cursor = api.changeFeedEnd(integration);
        String employerId = api.createEmployer(consultant, "Samtidig " + UUID.randomUUID(), TestData.randomCvr());
        List<Future<String>> writes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 24; i++) {
                writes.add(pool.submit(() -> api.createNeed(consultant, employerId, TestData.need())));
            }
        }
        List<String> created = new ArrayList<>();
        for (Future<String> write : writes) {
            created.add(write.get());
        }

        List<Map<String, Object>> byPagesOfFive = readAll(integration, cursor, 5);
        assertThat(byPagesOfFive).isEqualTo(readAll(integration, cursor, 1000));
        assertThat(byPagesOfFive).extracting(c -> c.get("entityId")).containsAll(created);
        List<Long> numbers = byPagesOfFive.stream().map(c -> Long.parseLong((String) c.get("cursor"))).toList();
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(numbers.get(i)).as("numbers follow commit order without gaps").isEqualTo(numbers.get(i - 1) + 1);
        }
    }

    @Test
    void onlyMachinesAndAdministratorsReadItAndBadCursorsAreProblems() {
        api.anonymous().get("/api/v1/changes").then().statusCode(401);
        api.as(consultant).get("/api/v1/changes").then().statusCode(403);
        String integration = api.integration();
        api.as(integration).get("/api/v1/changes?after=abc").then().statusCode(400).contentType("application/problem+json");
        api.as(integration).get("/api/v1/changes?after=-1").then().statusCode(400);
        api.as(integration).get("/api/v1/changes?limit=0").then().statusCode(400);
        api.as(integration).get("/api/v1/changes?limit=1001").then().statusCode(400);
        String end = api.changeFeedEnd(integration);
        JsonPath empty = api.as(integration).get("/api/v1/changes?after=" + end).then().statusCode(200).extract().jsonPath();
        assertThat(empty.getList("items")).isEmpty();
        assertThat(empty.getString("nextCursor")).isEqualTo(end);
    }

    private List<Map<String, Object>> readAll(String token, String from, int limit) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = from;
        while (true) {
            JsonPath page = api.as(token).get("/api/v1/changes?limit=" + limit + "&after=" + cursor).then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            all.addAll(items);
            cursor = page.getString("nextCursor");
            if (items.size() < limit) {
                return all;
            }
        }
    }
}
