package dk.jobmatch.citizen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The citizen's team (case worker, mentor, support worker, health contact): stored and replaced
 * with the profile, validated field by field, erased with the citizen, imported in bulk, and never
 * shown to an employer.
 */
@ServerTest
class CitizenTeamApiTest extends ApiTestSupport {

    private static final String NAME = "Mette Mentorsen";

    @Test
    void theTeamIsStoredInOrderReplacedWithTheProfileAndRemovable() {
        Map<String, Object> citizen = withTeam(TestData.citizen(TestData.randomExternalRef()));
        String id = api.createCitizen(consultant, citizen);

        api.as(consultant).get("/api/v1/citizens/" + id).then().statusCode(200)
                .body("team.role", contains("CASE_WORKER", "MENTOR"))
                .body("team[0].name", equalTo("Søren Sagsbehandler"))
                .body("team[0].phone", equalTo("+45 98 76 54 32"))
                .body("team[0].email", equalTo("soeren@kommune.example.dk"))
                .body("team[1].name", equalTo(NAME))
                .body("team[1].phone", nullValue());

        citizen.put("team", List.of(Map.of("role", "HEALTH_CONTACT", "name", "Læge Lund", "phone", "98765432")));
        api.as(consultant).body(citizen).put("/api/v1/citizens/" + id).then().statusCode(200)
                .body("team.role", contains("HEALTH_CONTACT"));
        api.as(consultant).get("/api/v1/citizens/" + id).then().body("team.name", contains("Læge Lund"));
        assertThat(tables.count("citizen_team_member WHERE citizen_id = '" + id + "'")).isEqualTo(1);

        citizen.remove("team");
        api.as(consultant).body(citizen).put("/api/v1/citizens/" + id).then().statusCode(200);
        api.as(consultant).get("/api/v1/citizens/" + id).then().body("team.size()", equalTo(0));
        assertThat(tables.count("citizen_team_member WHERE citizen_id = '" + id + "'")).isZero();
    }

    @Test
    void everyTeamRuleAnswers422NamingTheFieldAndStoresNothing() {
        String id = api.createCitizen(consultant, withTeam(TestData.citizen(TestData.randomExternalRef())));
        String before = tables.writeFootprint();

        rejected("team[1].email", team -> team.set(1, member("MENTOR", NAME, null, "ikke-en-adresse")));
        rejected("team[1].phone", team -> team.set(1, member("MENTOR", NAME, "ring til mig", null)));
        rejected("team[1].phone", team -> team.set(1, member("MENTOR", NAME, "010190 1234", null)));
        rejected("team[0].name", team -> team.set(0, member("CASE_WORKER", " ", null, null)));
        rejected("team[0].name", team -> team.set(0, member("CASE_WORKER", "", null, null)));
        rejected("team[0].name", team -> team.set(0, member("CASE_WORKER", "x".repeat(101), null, null)));
        rejected("team[0].name", team -> team.set(0, member("CASE_WORKER", "Cpr 010190-1234", null, null)));
        rejected("team[0].name", team -> team.set(0, new java.util.HashMap<>(Map.of("role", "MENTOR"))));
        rejected("team[1].role", team -> team.set(1, member("PRIEST", NAME, null, null)));
        rejected("team[1].role", team -> team.set(1, new java.util.HashMap<>(Map.of("name", NAME))));
        rejected("team", team -> team.addAll(Collections.nCopies(9, member("MENTOR", NAME, null, null))));
        rejected("team[0].email", team -> team.set(0, member("CASE_WORKER", NAME, null, "a@" + "b".repeat(200) + ".dk")));

        // An invalid edit leaves the stored team as it was.
        Map<String, Object> edit = withTeam(TestData.citizen(TestData.randomExternalRef()));
        edit.put("team", List.of(member("MENTOR", NAME, null, "nej")));
        api.as(consultant).body(edit).put("/api/v1/citizens/" + id).then().statusCode(422)
                .body("errors.field", hasItem("team[0].email"));
        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/citizens/" + id).then().body("team.role", contains("CASE_WORKER", "MENTOR"));
    }

    @Test
    void erasureTakesTheTeamAlong() {
        String id = api.createCitizen(consultant, withTeam(TestData.citizen(TestData.randomExternalRef())));
        assertThat(tables.count("citizen_team_member WHERE citizen_id = '" + id + "'")).isEqualTo(2);

        api.as(consultant).delete("/api/v1/citizens/" + id).then().statusCode(204);

        assertThat(tables.count("citizen_team_member WHERE citizen_id = '" + id + "'")).isZero();
    }

    @Test
    void employersNeverSeeTheTeam() {
        String employerId = api.createEmployer(consultant, "Team " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String citizenId = api.createCitizen(consultant, withTeam(TestData.citizen(TestData.randomExternalRef())));
        String agreement = api.draftAgreement(consultant, citizenId, needId, "2026-12-01");
        String employer = api.employerLogin(consultant, employerId, "team-" + UUID.randomUUID());

        String matches = api.as(employer).get("/api/v1/needs/" + needId + "/matches").then().statusCode(200)
                .extract().asString();
        String consultantMatches = api.as(consultant).get("/api/v1/needs/" + needId + "/matches").then()
                .statusCode(200).extract().asString();
        String asEmployer = api.as(employer).get("/api/v1/agreements/" + agreement).then().statusCode(200)
                .extract().asString();
        api.as(employer).get("/api/v1/citizens/" + citizenId).then().statusCode(403).body(not(containsString(NAME)));

        assertThat(List.of(matches, consultantMatches, asEmployer)).allSatisfy(body -> assertThat(body)
                .doesNotContain(NAME, "Søren", "98 76", "kommune.example.dk", "\"team\""));
    }

    @Test
    void theBulkImportCarriesTheTeamAndReportsItsErrorsByField() throws JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        String word = "teamimport" + System.nanoTime();
        Map<String, Object> good = withTeam(TestData.citizen("Erfaring med " + word, word));
        Map<String, Object> bad = withTeam(TestData.citizen(TestData.randomExternalRef()));
        bad.put("team", List.of(member("MENTOR", NAME, null, "forkert")));
        String body = json.writeValueAsString(good) + "\n" + json.writeValueAsString(bad) + "\n";

        api.as(api.integration()).contentType("application/x-ndjson; charset=utf-8").queryParam("batchSize", 1)
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import/citizens").then().statusCode(200)
                .body("stored", equalTo(1))
                .body("failedLines.line", contains(2))
                .body("failedLines[0].errors.field", hasItem("team[0].email"));
        List<String> found = api.searchCitizenIds(consultant, word);
        assertThat(found).hasSize(1);
        api.as(consultant).get("/api/v1/citizens/" + found.getFirst()).then()
                .body("externalRef", equalTo(good.get("externalRef")))
                .body("team.role", contains("CASE_WORKER", "MENTOR"));
    }

    private void rejected(String field, Consumer<List<Map<String, Object>>> breakIt) {
        Map<String, Object> citizen = withTeam(TestData.citizen(TestData.randomExternalRef()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> team = new ArrayList<>((List<Map<String, Object>>) citizen.get("team"));
        breakIt.accept(team);
        citizen.put("team", team);
        api.as(consultant).body(citizen).post("/api/v1/citizens")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body(not(containsString("Exception")));
    }

    private static Map<String, Object> withTeam(Map<String, Object> citizen) {
        citizen.put("team", List.of(
                member("CASE_WORKER", "Søren Sagsbehandler", "+45 98 76 54 32", "soeren@kommune.example.dk"),
                member("MENTOR", NAME, null, null)));
        return citizen;
    }

    private static Map<String, Object> member(String role, String name, String phone, String email) {
        Map<String, Object> member = new java.util.HashMap<>();
        member.put("role", role);
        member.put("name", name);
        if (phone != null) {
            member.put("phone", phone);
        }
        if (email != null) {
            member.put("email", email);
        }
        return member;
    }
}
