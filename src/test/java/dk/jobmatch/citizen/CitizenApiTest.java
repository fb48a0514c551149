package dk.jobmatch.citizen;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

@ServerTest
class CitizenApiTest extends ApiTestSupport {

    @Test
    void profileIsStoredWithEveryPartAndReadBack() {
        String ref = TestData.randomExternalRef();
        var created = api.as(consultant).body(TestData.citizen(ref)).post("/api/v1/citizens")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("externalRef", equalTo(ref))
                .body("createdAt", notNullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/citizens/" + id);

        api.as(consultant).get("/api/v1/citizens/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("displayName", equalTo("Borger 417"))
                .body("targetGroup", equalTo("FLEKSJOB"))
                .body("competences", contains("lagerarbejde", "truckkørsel", "oprydning"))
                .body("experience", equalTo("10 år på lager, senest plukker"))
                .body("jobGoals.priority", contains("A", "B"))
                .body("jobGoals.title", contains("Lagermedarbejder", "Chauffør"))
                .body("qualifications", contains("DRIVING_LICENCE_B", "DANISH_SPOKEN"))
                .body("accommodations", contains("NO_HEAVY_LIFTING", "QUIET_ENVIRONMENT"))
                .body("accommodationNotes", equalTo("Ryg: max 10 kg. Pauser efter behov."))
                .body("hoursPerWeek.min", equalTo(6.0f))
                .body("hoursPerWeek.max", equalTo(10.0f))
                .body("effectivenessPercent", equalTo(75))
                .body("location.postcode", equalTo("9900"))
                .body("location.lat", equalTo(57.44f))
                .body("maxTravelKm", equalTo(20.0f))
                .body("consent", equalTo(true));
    }

    @Test
    void consentIsFalseUnlessGiven() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.remove("consent");
        api.as(consultant).body(citizen).post("/api/v1/citizens")
                .then().statusCode(201).body("consent", equalTo(false));
    }

    @Test
    void emptyOptionalTextMeansNone() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("accommodationNotes", "");
        citizen.put("experience", "  ");
        api.as(consultant).body(citizen).post("/api/v1/citizens")
                .then().statusCode(201)
                .body("$", not(org.hamcrest.Matchers.hasKey("accommodationNotes")))
                .body("$", not(org.hamcrest.Matchers.hasKey("experience")));
    }

    @Test
    void updateReplacesTheProfile() {
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        Map<String, Object> changed = TestData.citizen(TestData.randomExternalRef());
        changed.put("hoursPerWeek", Map.of("min", 8, "max", 12));
        changed.put("effectivenessPercent", 85);
        changed.put("jobGoals", List.of(Map.of("priority", "A", "title", "Truckfører")));
        changed.put("accommodations", List.of("NO_EARLY_MORNING"));
        changed.remove("location");

        api.as(consultant).body(changed).put("/api/v1/citizens/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("hoursPerWeek.max", equalTo(12.0f));
        api.as(consultant).get("/api/v1/citizens/" + id)
                .then().statusCode(200)
                .body("externalRef", equalTo(changed.get("externalRef")))
                .body("effectivenessPercent", equalTo(85))
                .body("jobGoals.title", contains("Truckfører"))
                .body("accommodations", contains("NO_EARLY_MORNING"))
                .body("$", not(org.hamcrest.Matchers.hasKey("location")));
    }

    @Test
    void externalRefIsUniqueOnCreateAndUpdate() {
        String ref = TestData.randomExternalRef();
        api.createCitizen(consultant, TestData.citizen(ref));
        String other = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String before = tables.writeFootprint();

        api.as(consultant).body(TestData.citizen(ref)).post("/api/v1/citizens")
                .then().statusCode(409).contentType("application/problem+json");
        api.as(consultant).body(TestData.citizen(ref)).put("/api/v1/citizens/" + other)
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/citizens/" + other).then().body("externalRef", not(equalTo(ref)));
    }

    @Test
    void everyValidationRuleAnswers422AndStoresNothing() {
        String before = tables.writeFootprint();

        rejected("externalRef", c -> c.put("externalRef", "010190-1234"));
        rejected("externalRef", c -> c.put("externalRef", "0101901234"));
        rejected("externalRef", c -> c.put("externalRef", "sag-0101901234"));
        rejected("externalRef", c -> c.put("externalRef", "sag med mellemrum"));
        rejected("externalRef", c -> c.remove("externalRef"));
        rejected("accommodationNotes", c -> c.put("accommodationNotes", "Cpr 010190-1234, ryg"));
        rejected("competences[1]", c -> c.put("competences", List.of("lager", "cpr 0101901234")));
        rejected("competences[0]", c -> c.put("competences", List.of(" ")));
        rejected("jobGoals[0].title", c -> c.put("jobGoals", List.of(Map.of("priority", "A", "title", " "))));
        rejected("hoursPerWeek", c -> c.put("hoursPerWeek", Map.of("min", 10, "max", 6)));
        rejected("hoursPerWeek.max", c -> c.put("hoursPerWeek", Map.of("min", 0, "max", 0)));
        rejected("hoursPerWeek.max", c -> c.put("hoursPerWeek", Map.of("min", 10, "max", 38)));
        rejected("hoursPerWeek.min", c -> c.put("hoursPerWeek", Map.of("min", 2.25, "max", 6)));
        rejected("hoursPerWeek", c -> c.remove("hoursPerWeek"));
        rejected("effectivenessPercent", c -> c.put("effectivenessPercent", 0));
        rejected("effectivenessPercent", c -> c.put("effectivenessPercent", 101));
        rejected("accommodations[0]", c -> c.put("accommodations", List.of("NO_STAIRS")));
        rejected("qualifications[0]", c -> c.put("qualifications", List.of("PILOT_LICENCE")));
        rejected("targetGroup", c -> c.put("targetGroup", "PENSIONIST"));
        rejected("jobGoals[0].priority", c -> c.put("jobGoals", List.of(Map.of("title", "Lager"))));
        rejected("location", c -> c.put("location", Map.of("postcode", "9900", "lat", 57.4)));
        rejected("maxTravelKm", c -> c.put("maxTravelKm", -1));
        api.as(consultant).body("{\"externalRef\":").post("/api/v1/citizens")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void invalidUpdateLeavesTheProfileAsItWas() {
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String before = tables.writeFootprint();
        Map<String, Object> invalid = TestData.citizen(TestData.randomExternalRef());
        invalid.put("hoursPerWeek", Map.of("min", 20, "max", 10));

        api.as(consultant).body(invalid).put("/api/v1/citizens/" + id).then().statusCode(422);

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/citizens/" + id).then().body("hoursPerWeek.max", equalTo(10.0f));
    }

    @Test
    void onlyConsultantsAndAdministratorsReachCitizens() {
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String employerId = api.createEmployer(consultant, "Lager " + UUID.randomUUID(), TestData.randomCvr());
        String before = tables.writeFootprint();

        for (String token : List.of(api.integration(), api.employerLogin(consultant, employerId, "lager-" + UUID.randomUUID()))) {
            before = tables.writeFootprint();
            api.as(token).get("/api/v1/citizens/" + id).then().statusCode(403).contentType("application/problem+json");
            api.as(token).get("/api/v1/citizens").then().statusCode(403);
            api.as(token).body(TestData.citizen(TestData.randomExternalRef())).post("/api/v1/citizens")
                    .then().statusCode(403);
            api.as(token).body(TestData.citizen(TestData.randomExternalRef())).put("/api/v1/citizens/" + id)
                    .then().statusCode(403);
            api.as(token).delete("/api/v1/citizens/" + id).then().statusCode(403);
            // Even for an id that does not exist: the role decides before existence is revealed.
            api.as(token).get("/api/v1/citizens/" + UUID.randomUUID()).then().statusCode(403);
            assertThat(tables.writeFootprint()).isEqualTo(before);
        }
        api.anonymous().get("/api/v1/citizens/" + id).then().statusCode(401).contentType("application/problem+json");
        api.as(api.admin()).get("/api/v1/citizens/" + id).then().statusCode(200);
    }

    @Test
    void unknownCitizenIsNotFound() {
        String missing = UUID.randomUUID().toString();
        String before = tables.writeFootprint();
        api.as(consultant).get("/api/v1/citizens/" + missing).then().statusCode(404).contentType("application/problem+json");
        api.as(consultant).body(TestData.citizen(TestData.randomExternalRef())).put("/api/v1/citizens/" + missing)
                .then().statusCode(404);
        api.as(consultant).delete("/api/v1/citizens/" + missing).then().statusCode(404);
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    private void rejected(String field, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        breakIt.accept(citizen);
        api.as(consultant).body(citizen).post("/api/v1/citizens")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }
}
