package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** The contract's worked example through the real server, index and database. */
@ServerTest
class MatchApiTest extends ApiTestSupport {

    String employerId;
    String needId;
    String cleanUpTaskId;
    String citizenId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Tømrerfirma " + UUID.randomUUID(), TestData.randomCvr());
        needId = api.createNeed(consultant, employerId, TestData.need());
        cleanUpTaskId = api.as(consultant).get("/api/v1/needs/" + needId).path("tasks[0].id");
        citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }

    @Test
    void citizenWithoutHeavyLiftingGetsTheCleanUpTaskOnly() {
        JsonPath match = matchFor(needId, citizenId);

        assertThat(match.getList("matchedTaskIds")).containsExactly(cleanUpTaskId);
        assertThat(match.getDouble("proposedHoursPerWeek")).isEqualTo(6.0);
        assertThat(match.getString("employerId")).isEqualTo(employerId);
        assertThat(match.getDouble("score")).isBetween(0.0, 1.0);
        List<String> texts = match.getList("explanation.text");
        assertThat(texts).contains("oprydning matcher opgaven Oprydning på byggepladsen",
                "Skånehensyn respekteret: ingen tunge løft (fravalgt: Kørsel til genbrugsplads)",
                "Opfylder de ufravigelige krav: kørekort B");
        assertThat(match.getList("explanation.kind")).contains("COMPETENCE", "HOURS", "DISTANCE", "ACCOMMODATION");
        assertThat(match.getString("citizen.externalRef")).startsWith("sag-2026-");
    }

    @Test
    void liftingAidsLetTheCitizenTakeTheDrivingTaskToo() {
        Map<String, Object> need = TestData.need();
        need.put("flexibilities", List.of("LIFTING_AIDS"));
        String withAids = api.createNeed(consultant, employerId, need);

        JsonPath match = matchFor(withAids, citizenId);

        assertThat(match.getList("matchedTaskIds")).hasSize(2);
        assertThat(match.getDouble("proposedHoursPerWeek")).isEqualTo(10.0);
        assertThat(match.getList("explanation.text", String.class))
                .contains("Løftehjælpemidler ophæver konflikten med skånehensynet ingen tunge løft");
    }

    @Test
    void nearMissesBreakingOneConstraintAreNeverProposed() {
        Map<String, Object> noLicence = TestData.citizen(TestData.randomExternalRef());
        noLicence.put("qualifications", List.of("DANISH_SPOKEN"));
        Map<String, Object> noConsent = TestData.citizen(TestData.randomExternalRef());
        noConsent.put("consent", false);
        Map<String, Object> tooFar = TestData.citizen(TestData.randomExternalRef());
        tooFar.put("location", Map.of("postcode", "7700", "lat", 56.955, "lon", 8.694));
        Map<String, Object> tooFewHours = TestData.citizen(TestData.randomExternalRef());
        tooFewHours.put("hoursPerWeek", Map.of("min", 2, "max", 4));
        Map<String, Object> everythingRuledOut = TestData.citizen(TestData.randomExternalRef());
        everythingRuledOut.put("accommodations", List.of("NO_HEAVY_LIFTING", "LIMITED_STANDING"));
        List<String> nearMisses = List.of(noLicence, noConsent, tooFar, tooFewHours, everythingRuledOut).stream()
                .map(c -> api.createCitizen(consultant, c)).toList();

        List<String> matched = api.as(consultant).queryParam("limit", 100).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200).extract().path("results.citizenId");

        assertThat(matched).contains(citizenId).doesNotContainAnyElementsOf(nearMisses);
        for (String nearMiss : nearMisses) {
            List<String> needs = api.as(consultant).get("/api/v1/citizens/" + nearMiss + "/matches")
                    .then().statusCode(200).extract().path("results.needId");
            assertThat(needs).doesNotContain(needId);
        }
    }

    @Test
    void citizenSeesOpenNeedsOnly() {
        Map<String, Object> paused = TestData.need();
        paused.put("status", "PAUSED");
        String pausedId = api.createNeed(consultant, employerId, paused);

        List<String> needs = api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches")
                .then().statusCode(200).extract().path("results.needId");

        assertThat(needs).contains(needId).doesNotContain(pausedId);
        api.as(consultant).get("/api/v1/needs/" + pausedId + "/matches")
                .then().statusCode(200).body("results", org.hamcrest.Matchers.empty());
    }

    @Test
    void employersSeeAnonymousSummariesForTheirOwnNeedsOnly() {
        String employer = api.employerLogin(consultant, employerId, "jensen-" + UUID.randomUUID());

        api.as(employer).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200)
                .body("results.citizenId", hasItem(citizenId))
                .body("results[0].citizen", not(hasKey("externalRef")))
                .body("results[0].citizen", not(hasKey("displayName")))
                .body("results[0].citizen", not(hasKey("location")))
                .body("results[0].citizen", not(hasKey("accommodationNotes")))
                .body("results[0].explanation.findAll { it.kind == 'DISTANCE' }.text",
                        equalTo(List.of("Arbejdspladsen ligger inden for borgerens transportafstand")));

        String otherEmployer = api.createEmployer(consultant, "Anden " + UUID.randomUUID(), TestData.randomCvr());
        String foreignNeed = api.createNeed(consultant, otherEmployer, TestData.need());
        api.as(employer).get("/api/v1/needs/" + foreignNeed + "/matches").then().statusCode(404);
        api.as(employer).get("/api/v1/citizens/" + citizenId + "/matches").then().statusCode(403);
        api.as(api.integration()).get("/api/v1/needs/" + needId + "/matches").then().statusCode(403);
        api.anonymous().get("/api/v1/needs/" + needId + "/matches").then().statusCode(401);
    }

    @Test
    void returnedCitizensAreAudited() {
        String employer = api.employerLogin(consultant, employerId, "jensen-" + UUID.randomUUID());
        api.as(employer).get("/api/v1/needs/" + needId + "/matches").then().statusCode(200);
        api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches").then().statusCode(200);

        api.as(api.admin()).queryParam("citizenId", citizenId).get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items[0].endpoint", equalTo("GET /api/v1/citizens/{citizenId}/matches"))
                .body("items[1].endpoint", equalTo("GET /api/v1/needs/{needId}/matches"))
                .body("items[1].role", equalTo("EMPLOYER"));
    }

    @Test
    void limitIsValidatedAndUnknownIdsAreNotFound() {
        api.as(consultant).queryParam("limit", 0).get("/api/v1/needs/" + needId + "/matches").then().statusCode(400);
        api.as(consultant).queryParam("limit", 101).get("/api/v1/needs/" + needId + "/matches").then().statusCode(400);
        api.as(consultant).get("/api/v1/needs/" + UUID.randomUUID() + "/matches").then().statusCode(404);
        api.as(consultant).get("/api/v1/citizens/" + UUID.randomUUID() + "/matches").then().statusCode(404);
    }

    private JsonPath matchFor(String need, String citizen) {
        JsonPath all = api.as(consultant).queryParam("limit", 100).get("/api/v1/needs/" + need + "/matches")
                .then().statusCode(200).extract().jsonPath();
        int index = all.getList("results.citizenId").indexOf(citizen);
        assertThat(index).as("citizen among the matches").isNotNegative();
        return all.setRootPath("results[" + index + "]");
    }
}
