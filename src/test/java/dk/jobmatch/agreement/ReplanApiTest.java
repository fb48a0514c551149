package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/**
 * POST /replan: a citizen of 6-20 h/week on a 6 h task of a 5-15 h need, planned 8 h at 80 % after
 * six weeks, then 9,5 at 85 %, 11,5, 13 and 15 every six weeks. Time moves with the TestClock; the
 * follow-ups are recorded on the day the clock shows.
 */
@ServerTest
class ReplanApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;

    String needId;

    @BeforeEach
    void need() {
        String employerId = api.createEmployer(consultant, "Omlæg " + UUID.randomUUID(), TestData.randomCvr());
        needId = api.createNeed(consultant, employerId, TestData.need());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCourseThatFallsBehindTwiceIsReplannedInSmallerSteps() {
        LocalDate start = today();
        String id = active(start);
        List<Map<String, Object>> planInForce = progression(api.as(consultant).get("/api/v1/agreements/" + id)
                .then().statusCode(200).extract());
        assertThat(planInForce).extracting(c -> ((Number) c.get("hoursPerWeek")).doubleValue())
                .containsExactly(8.0, 9.5, 11.5, 13.0, 15.0);

        clock.advance(Duration.ofDays(6 * 7 + 1));
        followUp(id, 7, 78);
        clock.advance(Duration.ofDays(6 * 7));
        followUp(id, 8, 80);
        api.as(consultant).get("/api/v1/agreements/" + id + "/progress").then().statusCode(200)
                .body("clauses.state", contains("BEHIND", "BEHIND", "UPCOMING", "UPCOMING", "UPCOMING"));

        ExtractableResponse<Response> replanned = api.as(consultant).post("/api/v1/agreements/" + id + "/replan")
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE")).body("version", equalTo(2)).body("inForceVersion", equalTo(1))
                .body("approvals", empty()).extract();
        assertThat(replanned.header("Location")).endsWith("/api/v1/agreements/" + id + "/versions/2");
        assertThat(replanned.header("ETag")).isEqualTo("\"2\"");
        List<Map<String, Object>> plan = progression(replanned);
        assertThat(plan.subList(0, 2)).as("the two steps due by today, as approved").isEqualTo(planInForce.subList(0, 2));
        List<Map<String, Object>> planned = plan.subList(2, plan.size());
        assertThat(planned).allSatisfy(c -> assertThat(LocalDate.parse((String) c.get("dueDate"))).isAfter(today()));
        assertThat(hours(planned.getFirst())).as("measured 8 h, agreed 9,5: the plan holds there first").isEqualTo(9.5);
        for (int i = 1; i < planned.size(); i++) {
            assertThat(hours(planned.get(i)) - hours(planned.get(i - 1))).as("smaller steps").isBetween(0.0, 1.0);
            assertThat(effectiveness(planned.get(i)) - effectiveness(planned.get(i - 1))).isBetween(0, 2);
        }
        assertThat(planned.size()).as("more steps to the same 15 h than the 3 left of the old plan").isGreaterThan(3);
        assertThat(hours(plan.getLast())).isEqualTo(15.0);
        assertGuarantees(start, 6, 75, plan, 15);
        api.as(consultant).get("/api/v1/agreements/" + id + "/versions/2").then().statusCode(200)
                .body("progression.size()", equalTo(plan.size()));

        api.as(consultant).get("/api/v1/agreements/" + id).then()
                .body("status", equalTo("ACTIVE")).body("version", equalTo(2)).body("inForceVersion", equalTo(1));
        Document pending = document(id);
        assertThat(pending.select(".note").eachText()).contains(
                "Version 2 afventer godkendelse. Indtil alle tre parter har godkendt den, gælder version 1.");
        assertThat(documentHours(pending)).as("the document shows the plan in force")
                .containsExactly("8", "9,5", "11,5", "13", "15");
        api.as(consultant).get("/api/v1/agreements/" + id + "/progress").then()
                .body("clauses.size()", equalTo(5)).body("clauses[4].plannedHoursPerWeek", equalTo(15.0f));
        long versions = tables.count("agreement_version WHERE agreement_id = '" + id + "'");
        api.as(consultant).post("/api/v1/agreements/" + id + "/replan").then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(tables.count("agreement_version WHERE agreement_id = '" + id + "'")).isEqualTo(versions);

        approveByAll(id);
        api.as(consultant).get("/api/v1/agreements/" + id).then()
                .body("version", equalTo(2)).body("inForceVersion", equalTo(2));
        Document approved = document(id);
        assertThat(approved.select(".note").eachText()).noneMatch(note -> note.contains("afventer"));
        assertThat(documentHours(approved)).hasSize(plan.size()).startsWith("8", "9,5", "9,5", "10,5");
        api.as(consultant).get("/api/v1/agreements/" + id + "/progress").then()
                .body("clauses.size()", equalTo(plan.size()))
                .body("clauses.state[0]", equalTo("BEHIND")).body("clauses.state[2]", equalTo("UPCOMING"));
        assertThat(details(id)).containsSubsequence("ACTIVATED", "REPLANNED", "AMENDED");
    }

    @Test
    void aStepMetEarlyComesSooner() {
        LocalDate start = today();
        String id = active(start);
        LocalDate secondStep = start.plusWeeks(12);

        clock.advance(Duration.ofDays(7 * 7));
        followUp(id, 10, 85);
        ExtractableResponse<Response> replanned = api.as(consultant).post("/api/v1/agreements/" + id + "/replan")
                .then().statusCode(201).extract();

        List<Map<String, Object>> plan = progression(replanned);
        Map<String, Object> next = plan.get(1);
        assertThat(LocalDate.parse((String) next.get("dueDate"))).as("two weeks from today, not on " + secondStep)
                .isEqualTo(today().plusWeeks(2)).isBefore(secondStep);
        assertThat(hours(next)).isEqualTo(10.0);
        assertThat(effectiveness(next)).isEqualTo(85);
        assertGuarantees(start, 6, 75, plan, 15);
    }

    @Test
    void aStoppedAgreementIsNotReplannedAndNothingIsStored() {
        String id = active(today());
        followUp(id, 6, 75);
        api.as(consultant).body(Map.of("type", "STOPPED", "date", today().toString(), "reasonCode", "TASKS_UNSUITABLE"))
                .post("/api/v1/agreements/" + id + "/events").then().statusCode(201);
        String before = tables.writeFootprint();

        api.as(consultant).post("/api/v1/agreements/" + id + "/replan").then().statusCode(409)
                .contentType("application/problem+json").body("status", equalTo(409));

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/agreements/" + id).then()
                .body("status", equalTo("STOPPED")).body("version", equalTo(1));
    }

    @Test
    void withoutAFollowUpThereIsNothingToPlanFrom() {
        String id = active(today());
        String before = tables.writeFootprint();

        api.as(consultant).post("/api/v1/agreements/" + id + "/replan").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("followUps"));

        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void aDraftIsEditedNotReplannedAndUnknownAgreementsAreNotFound() {
        String id = api.draftAgreement(consultant, citizen(), needId, today().toString());
        String before = tables.writeFootprint();

        api.as(consultant).post("/api/v1/agreements/" + id + "/replan").then().statusCode(409)
                .contentType("application/problem+json");
        api.as(consultant).post("/api/v1/agreements/" + UUID.randomUUID() + "/replan").then().statusCode(404)
                .contentType("application/problem+json");

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("version", equalTo(1));
    }

    private String active(LocalDate start) {
        String id = api.activeAgreement(consultant, citizen(), needId, start.toString());
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("status", equalTo("ACTIVE"))
                .body("hoursPerWeek", equalTo(6.0f)).body("effectivenessPercent", equalTo(75));
        return id;
    }

    private String citizen() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 20));
        return api.createCitizen(consultant, citizen);
    }

    private void followUp(String id, double hours, int effectiveness) {
        api.as(consultant).body(Map.of("date", today().toString(), "actualHoursPerWeek", hours,
                        "effectivenessPercent", effectiveness))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
    }

    private Document document(String id) {
        return Jsoup.parse(api.as(consultant).accept("text/html").get("/api/v1/agreements/" + id).then()
                .statusCode(200).extract().asString());
    }

    /** The hours column of the document's progression table. */
    private static List<String> documentHours(Document document) {
        return document.select("section:has(h2:containsOwn(Progression)) tbody tr").stream()
                .map(row -> row.select("td").get(1).text()).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void approveByAll(String id) {
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            api.as(consultant).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
        }
    }

    /** The contract's clause guarantees, checked on the response as a client would. */
    private static void assertGuarantees(LocalDate start, double startHours, int startEffectiveness,
                                         List<Map<String, Object>> plan, double maxHours) {
        LocalDate date = start;
        double hours = startHours;
        int effectiveness = startEffectiveness;
        for (Map<String, Object> clause : plan) {
            LocalDate due = LocalDate.parse((String) clause.get("dueDate"));
            assertThat(due).as("dates strictly increasing after the start: %s", plan).isAfter(date);
            assertThat(hours(clause)).as("hours never decrease, never above the maximum: %s", plan)
                    .isGreaterThanOrEqualTo(hours).isLessThanOrEqualTo(maxHours);
            assertThat(effectiveness(clause)).as("effectiveness never decreases: %s", plan)
                    .isGreaterThanOrEqualTo(effectiveness);
            assertThat(((Number) clause.get("paidHoursPerWeek")).doubleValue()).isLessThanOrEqualTo(hours(clause));
            date = due;
            hours = hours(clause);
            effectiveness = effectiveness(clause);
        }
    }

    private static List<Map<String, Object>> progression(ExtractableResponse<Response> agreement) {
        return agreement.path("progression");
    }

    private static double hours(Map<String, Object> clause) {
        return ((Number) clause.get("hoursPerWeek")).doubleValue();
    }

    private static int effectiveness(Map<String, Object> clause) {
        return ((Number) clause.get("effectivenessPercent")).intValue();
    }

    /** The change feed's details for the agreement, oldest first. */
    private List<String> details(String agreementId) {
        return api.changesAfter(api.integration(), "0").stream()
                .filter(c -> agreementId.equals(c.get("entityId")) && c.get("detail") != null)
                .map(c -> (String) c.get("detail")).toList();
    }
}
