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
@SuppressWarnings("unchecked")
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

    /** Profiles and their analysed phrases are kept between requests (issue 23), never past an edit. */
    @Test
    void aMatchFollowsAnEditOfTheProfileAtOnce() {
        assertThat(matchFor(needId, citizenId).getList("explanation.text", String.class))
                .contains("oprydning matcher opgaven Oprydning på byggepladsen");
        Map<String, Object> edited = TestData.citizen(TestData.randomExternalRef());
        edited.put("competences", List.of("lagerarbejde", "truckkørsel"));
        api.as(consultant).body(edited).put("/api/v1/citizens/" + citizenId).then().statusCode(200);

        JsonPath match = matchFor(needId, citizenId);

        List<String> kinds = match.getList("explanation.kind", String.class);
        List<String> texts = match.getList("explanation.text", String.class);
        for (int i = 0; i < texts.size(); i++) {
            if (kinds.get(i).equals("COMPETENCE")) {
                assertThat(texts.get(i)).doesNotContain("oprydning");
            }
        }
    }

    /** Needs are kept between a citizen's match requests too (issue 23), never past an edit. */
    @Test
    void aCitizensMatchesFollowAnEditOfTheNeedAtOnce() {
        assertThat(needsFor(citizenId, "CONSTRAINTS_ONLY")).contains(needId);
        Map<String, Object> paused = TestData.need();
        paused.put("status", "PAUSED");
        api.as(consultant).body(paused).put("/api/v1/needs/" + needId).then().statusCode(200);

        assertThat(needsFor(citizenId, "CONSTRAINTS_ONLY")).doesNotContain(needId);

        Map<String, Object> renamed = TestData.need("Oprydning og affald", TestData.cleanUpTask());
        api.as(consultant).body(renamed).put("/api/v1/needs/" + needId).then().statusCode(200);
        List<Map<String, Object>> results = api.as(consultant).queryParam("limit", 100)
                .get("/api/v1/citizens/" + citizenId + "/matches").then().statusCode(200).extract().path("results");
        assertThat(results).filteredOn(r -> needId.equals(r.get("needId")))
                .singleElement().satisfies(r -> assertThat(((Map<String, Object>) r.get("need")).get("title"))
                        .isEqualTo("Oprydning og affald"));
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

        // The whole list: every test here adds an equal need, so ties decide who is in the first 10.
        List<String> needs = api.as(consultant).queryParam("limit", 100).get("/api/v1/citizens/" + citizenId + "/matches")
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

    /**
     * Fit before convenience (issue 22): a citizen from another trade with ideal hours, no distance
     * and every flexibility helping never ranks above one who shares a competence with the need,
     * and {@code minFit} hides the tiers below it in both directions.
     */
    @Test
    void fitTiersOrderTheListBeforeTheScoreAndMinFitHidesTheLowerTiers() {
        Map<String, Object> need = TestData.need("Køkkenhjælp i kantinen",
                TestData.task("Opvask ved maskinen", 6, "opvask", "rengøring"),
                TestData.task("Anretning af salatbar", 4, "anretning", "salat"));
        need.put("nonNegotiables", List.of());
        need.put("flexibilities", List.of("GRADUAL_START", "MENTOR_AVAILABLE", "BREAKS_AS_NEEDED", "REDUCED_PACE"));
        String kitchen = api.createNeed(consultant, employerId, need);

        String strong = api.createCitizen(consultant, profile(List.of("opvask", "anretning"), "Opvasker", 6, 10, 0.02, 100));
        String partial = api.createCitizen(consultant, profile(List.of("salat"), null, 4, 6, 0.17, 100));
        // Another trade, but everything practical is ideal: 10 of 10 hours, on the spot, every flexibility helps.
        String otherTrade = api.createCitizen(consultant, profile(List.of("regnskab", "bogføring"), "Bogholder", 6, 10, 0, 60));

        List<Map<String, Object>> results = api.as(consultant).queryParam("limit", 100)
                .get("/api/v1/needs/" + kitchen + "/matches").then().statusCode(200).extract().path("results");
        List<Map<String, Object>> ours = results.stream()
                .filter(r -> List.of(strong, partial, otherTrade).contains(r.get("citizenId"))).toList();

        assertThat(ours).extracting(r -> r.get("citizenId")).containsExactly(strong, partial, otherTrade);
        assertThat(ours).extracting(r -> r.get("fit")).containsExactly("STRONG", "PARTIAL", "CONSTRAINTS_ONLY");
        // The convenient one scores higher on its own, yet stays below the relevant one.
        assertThat(((Number) ours.get(2).get("score")).doubleValue())
                .isGreaterThan(((Number) ours.get(1).get("score")).doubleValue());
        List<String> strongReasons = ((List<Map<String, String>>) ours.get(0).get("explanation")).stream()
                .map(e -> e.get("text")).toList();
        // "rengøring" and "salat" by half: the citizen's competences name their tasks' titles.
        assertThat(strongReasons).contains("Har 4 af 4 ønskede kompetencer: opvask, rengøring ~ opvask, anretning, salat ~ anretning",
                "Passer til jobmål A (drømmejob): Opvasker").noneMatch(text -> text.contains("%"));
        assertThat(strongReasons).anyMatch(text -> text.matches("\\d+ km af højst 20 km til arbejdspladsen"));
        assertThat((List<Map<String, String>>) ours.get(2).get("explanation")).extracting(e -> e.get("text"))
                .contains("Ingen af de 4 ønskede kompetencer");

        List<String> withoutConstraintsOnly = api.as(consultant).queryParam("limit", 100).queryParam("minFit", "PARTIAL")
                .get("/api/v1/needs/" + kitchen + "/matches").then().statusCode(200).extract().path("results.citizenId");
        assertThat(withoutConstraintsOnly).contains(strong, partial).doesNotContain(otherTrade);
        List<String> fits = api.as(consultant).queryParam("limit", 100).queryParam("minFit", "STRONG")
                .get("/api/v1/needs/" + kitchen + "/matches").then().statusCode(200).extract().path("results.fit");
        assertThat(fits).isNotEmpty().containsOnly("STRONG");
        api.as(consultant).queryParam("minFit", "SOMETIMES").get("/api/v1/needs/" + kitchen + "/matches")
                .then().statusCode(400);

        assertThat(needsFor(otherTrade, null)).contains(kitchen);
        assertThat(needsFor(otherTrade, "PARTIAL")).doesNotContain(kitchen);
        assertThat(needsFor(partial, "PARTIAL")).contains(kitchen);
    }

    private List<String> needsFor(String citizen, String minFit) {
        var request = api.as(consultant).queryParam("limit", 100);
        if (minFit != null) {
            request = request.queryParam("minFit", minFit);
        }
        return request.get("/api/v1/citizens/" + citizen + "/matches").then().statusCode(200).extract().path("results.needId");
    }

    /** A consenting profile this far north of the workplace (in degrees of latitude, ~111 km each). */
    private static Map<String, Object> profile(List<String> competences, String goal, double min, double max,
                                               double north, int effectiveness) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("competences", competences);
        citizen.remove("experience");
        citizen.put("jobGoals", goal == null ? List.of() : List.of(Map.of("priority", "A", "title", goal)));
        citizen.put("qualifications", List.of("DANISH_SPOKEN"));
        citizen.put("accommodations", List.of());
        citizen.remove("accommodationNotes");
        citizen.put("hoursPerWeek", Map.of("min", min, "max", max));
        citizen.put("effectivenessPercent", effectiveness);
        citizen.put("location", Map.of("postcode", "9900", "lat", 57.441 + north, "lon", 10.537));
        return citizen;
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
