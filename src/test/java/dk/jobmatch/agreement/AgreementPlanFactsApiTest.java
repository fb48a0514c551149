package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Each version's plan facts (start date and hours, clauses, planned visits), which the outcome
 * figures aggregate in SQL, are written beside its JSON in the transaction that writes it, and say
 * exactly what the version says: on create, on an edit, once approved into force, and on a re-plan.
 */
@ServerTest
class AgreementPlanFactsApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyVersionKeepsItsPlanFactsBesideItsJson() {
        String employerId = api.createEmployer(consultant, "Planfakta " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 20));
        LocalDate start = LocalDate.now(clock);
        String id = api.activeAgreement(consultant, api.createCitizen(consultant, citizen), needId, start.toString());
        assertPlanFactsAsTheVersionSays(id, 1);

        // An amendment: other workplace visits, awaiting approval while version 1 stays in force.
        Map<String, Object> edit = api.agreementEdit(consultant, id);
        @SuppressWarnings("unchecked")
        Map<String, Object> followUp = new java.util.HashMap<>((Map<String, Object>) edit.get("followUp"));
        followUp.put("companyVisits", List.of(start.plusWeeks(1).toString(), start.plusWeeks(3).toString()));
        edit.put("followUp", followUp);
        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200)
                .body("version", equalTo(2));
        assertPlanFactsAsTheVersionSays(id, 2);
        assertPlanFactsAsTheVersionSays(id, 1);
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            api.as(consultant).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
        }
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("inForceVersion", equalTo(2));
        assertPlanFactsAsTheVersionSays(id, 2);

        // Behind twice, then re-planned: version 3 with the new steps.
        clock.advance(Duration.ofDays(6 * 7 + 1));
        followUp(id, 7, 78);
        clock.advance(Duration.ofDays(6 * 7));
        followUp(id, 8, 80);
        api.as(consultant).post("/api/v1/agreements/" + id + "/replan").then().statusCode(201)
                .body("version", equalTo(3));
        assertPlanFactsAsTheVersionSays(id, 3);
        assertThat(tables.count("agreement_version WHERE agreement_id = '" + id + "'")).isEqualTo(3);
    }

    private void followUp(String id, double hours, int effectiveness) {
        api.as(consultant).body(Map.of("date", LocalDate.now(clock).toString(), "actualHoursPerWeek", hours,
                        "effectivenessPercent", effectiveness))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
    }

    /** The version's rows hold its start date and hours, each clause and each planned visit, in order. */
    private void assertPlanFactsAsTheVersionSays(String id, int version) {
        JsonPath read = api.as(consultant).get("/api/v1/agreements/" + id + "/versions/" + version).then()
                .statusCode(200).extract().jsonPath();
        List<List<Object>> row = tables.rows("SELECT start_date, hours_per_week FROM agreement_version"
                + " WHERE agreement_id = ? AND version = ?", id, version);
        assertThat(row).hasSize(1);
        assertThat(row.getFirst().get(0)).isEqualTo(read.getString("startDate"));
        assertThat(((Number) row.getFirst().get(1)).doubleValue()).isEqualTo(read.getDouble("hoursPerWeek"));

        List<Map<String, Object>> progression = read.getList("progression");
        assertThat(progression).as("a plan with steps").isNotEmpty();
        List<List<Object>> clauses = tables.rows("SELECT c.due_date, c.hours_per_week, c.effectiveness_percent"
                + " FROM agreement_clause c JOIN agreement_version v ON v.id = c.version_id"
                + " WHERE v.agreement_id = ? AND v.version = ? ORDER BY c.ordinal", id, version);
        assertThat(clauses).hasSameSizeAs(progression);
        for (int i = 0; i < clauses.size(); i++) {
            assertThat(clauses.get(i).get(0)).isEqualTo(progression.get(i).get("dueDate"));
            assertThat(((Number) clauses.get(i).get(1)).doubleValue())
                    .isEqualTo(((Number) progression.get(i).get("hoursPerWeek")).doubleValue());
            assertThat(((Number) clauses.get(i).get(2)).intValue())
                    .isEqualTo(((Number) progression.get(i).get("effectivenessPercent")).intValue());
        }

        List<String> visits = read.getList("followUp.companyVisits");
        assertThat(visits).as("planned visits").isNotEmpty();
        assertThat(tables.rows("SELECT p.visit_date FROM agreement_planned_visit p"
                        + " JOIN agreement_version v ON v.id = p.version_id"
                        + " WHERE v.agreement_id = ? AND v.version = ? ORDER BY p.ordinal", id, version)
                .stream().map(List::getFirst).toList()).isEqualTo(visits);
    }
}
