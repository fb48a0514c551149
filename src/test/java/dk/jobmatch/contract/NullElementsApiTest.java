package dk.jobmatch.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** A null inside any array of a request body is a 422 naming its path, and stores nothing. */
@ServerTest
class NullElementsApiTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    String employerId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Null " + UUID.randomUUID(), TestData.randomCvr());
    }

    @Test
    void nullCodesInANeedsTaskAre422WithTheirPathOnPostAndPut() {
        Map<String, Object> task = TestData.cleanUpTask();
        task.put("demands", withNull("PROLONGED_STANDING"));
        task.put("schedule", withNull());
        Map<String, Object> need = TestData.need("Oprydning", TestData.landfillTask(), task);
        need.put("flexibilities", withNull("GRADUAL_START"));
        String before = tables.writeFootprint();

        rejected(api.as(consultant).body(need).post("/api/v1/employers/" + employerId + "/needs").then())
                .body("errors.field", contains("flexibilities[1]", "tasks[1].demands[1]", "tasks[1].schedule[0]"));

        String id = api.createNeed(consultant, employerId, TestData.need());
        String stored = tables.writeFootprint();
        Map<String, Object> edit = TestData.need();
        edit.put("nonNegotiables", withNull());
        rejected(api.as(consultant).body(edit).put("/api/v1/needs/" + id).then())
                .body("errors.field", contains("nonNegotiables[0]"));
        assertThat(tables.writeFootprint()).isEqualTo(stored);
        assertThat(before).isNotEqualTo(stored);
    }

    @Test
    void nullsInACitizensListsAre422OnPostAndPut() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("accommodations", withNull());
        citizen.put("jobGoals", withNull(Map.of("priority", "A", "title", "Lagermedarbejder")));
        String before = tables.writeFootprint();

        rejected(api.as(consultant).body(citizen).post("/api/v1/citizens").then())
                .body("errors.field", contains("accommodations[0]", "jobGoals[1]"));
        assertThat(tables.writeFootprint()).isEqualTo(before);

        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String stored = tables.writeFootprint();
        Map<String, Object> edit = TestData.citizen(TestData.randomExternalRef());
        edit.put("qualifications", withNull("DANISH_SPOKEN"));
        edit.put("competences", withNull("lager"));
        rejected(api.as(consultant).body(edit).put("/api/v1/citizens/" + id).then())
                .body("errors.field", contains("competences[1]", "qualifications[1]"));
        assertThat(tables.writeFootprint()).isEqualTo(stored);
    }

    @Test
    void aNullTaskIdInAnAgreementRequestIs422() {
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String before = tables.writeFootprint();
        Map<String, Object> request = new HashMap<>(Map.of("citizenId", citizenId, "needId", needId,
                "startDate", "2026-12-01", "taskIds", withNull()));
        rejected(api.as(consultant).body(request).post("/api/v1/agreements").then())
                .body("errors.field", contains("taskIds[0]"));
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void aNullInAnImportedLineFailsThatLineAlone() throws JsonProcessingException {
        Map<String, Object> bad = TestData.citizen(TestData.randomExternalRef());
        bad.put("accommodations", withNull("NO_DRIVING"));
        String lines = JSON.writeValueAsString(TestData.citizen(TestData.randomExternalRef())) + "\n"
                + JSON.writeValueAsString(bad) + "\n";
        api.as(api.integration()).contentType("application/x-ndjson; charset=utf-8").queryParam("batchSize", 1)
                .body(lines.getBytes(StandardCharsets.UTF_8)).post("/api/v1/import/citizens")
                .then().statusCode(200)
                .body("stored", equalTo(1))
                .body("failedLines.line", contains(2))
                .body("failedLines[0].errors.field", contains("accommodations[1]"));
    }

    private static ValidatableResponse rejected(ValidatableResponse response) {
        return response.statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", not(containsString("Exception")));
    }

    private static List<Object> withNull(Object... codes) {
        List<Object> list = new ArrayList<>(Arrays.asList(codes));
        list.add(null);
        return list;
    }
}
