package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The consultant's "due for follow-up" list: order, filters, scoping and audit. */
@ServerTest
class FollowUpWorklistApiTest extends ApiTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    String employerId;
    String needId;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        employerId = api.createEmployer(consultant, "Lager " + UUID.randomUUID(), TestData.randomCvr());
        // One place per agreement the tests draft (each for a citizen of its own).
        Map<String, Object> need = TestData.need();
        ((List<Map<String, Object>>) need.get("tasks")).forEach(task -> task.put("capacity", 20));
        needId = api.createNeed(consultant, employerId, need);
    }

    @Test
    void activeAgreementsComeSoonestFollowUpFirstAndDueByFilters() {
        String overdue = active(TODAY.minusDays(30));            // next follow-up 16 days ago
        String followedUp = active(TODAY.minusDays(20));         // followed up today: next in 14 days
        api.as(consultant).body(Map.of("date", TODAY.toString(), "actualHoursPerWeek", 6))
                .post("/api/v1/agreements/" + followedUp + "/follow-ups").then().statusCode(201);
        String later = active(TODAY.plusDays(3));                // first follow-up in 17 days
        String draft = draft(TODAY.minusDays(30));

        JsonPath mine = mine("status=ACTIVE");
        assertThat(mine.getList("items.id")).containsExactly(overdue, followedUp, later);
        assertThat(mine.getList("items.dueForFollowUp")).containsExactly(true, false, false);
        assertThat(mine.getList("items.nextFollowUpDate")).containsExactly(TODAY.minusDays(16).toString(),
                TODAY.plusDays(14).toString(), TODAY.plusDays(17).toString());
        assertThat(mine.getList("items.lastFollowUpDate")).containsExactly(null, TODAY.toString(), null);
        assertThat(mine.getList("items.employerName", String.class)).allSatisfy(n -> assertThat(n).startsWith("Lager"));
        assertThat(mine.getList("items.citizenName", String.class)).doesNotContainNull();

        assertThat(mine("status=ACTIVE&dueBy=" + TODAY.plusDays(14)).getList("items.id"))
                .containsExactly(overdue, followedUp);
        assertThat(mine("").getList("items.id")).contains(draft).hasSize(4);
        assertThat(mine("status=DRAFT").getList("items.id")).containsExactly(draft);
    }

    @Test
    void employersSeeOnlyTheirOwnAndEveryListedCitizenIsAudited() {
        String id = active(TODAY.minusDays(30));
        String citizenId = api.as(consultant).get("/api/v1/agreements/" + id).path("citizenId");
        String ownUser = "own-" + UUID.randomUUID();
        String ownLogin = api.employerLogin(consultant, employerId, ownUser);
        String otherEmployer = api.createEmployer(consultant, "Andet " + UUID.randomUUID(), TestData.randomCvr());
        String otherLogin = api.employerLogin(consultant, otherEmployer, "other-" + UUID.randomUUID());

        assertThat(api.as(ownLogin).get("/api/v1/agreements").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(id);
        assertThat(api.as(ownLogin).get("/api/v1/agreements?status=ACTIVE").then().statusCode(200).extract()
                .jsonPath().getList("items.id")).containsExactly(id);
        api.as(ownLogin).get("/api/v1/agreements?status=DRAFT").then().statusCode(200).body("total", equalTo(0));
        api.as(otherLogin).get("/api/v1/agreements").then().statusCode(200).body("total", equalTo(0));
        api.as(api.integration()).get("/api/v1/agreements").then().statusCode(403);

        List<String> readers = api.as(api.admin()).queryParam("citizenId", citizenId).get("/api/v1/admin/audit")
                .then().statusCode(200).extract().path("items.findAll { it.action == 'READ' }.username");
        assertThat(readers).contains(ownUser);
    }

    @Test
    void badFiltersAreProblemsAndPagingIsCapped() {
        api.as(consultant).get("/api/v1/agreements?status=SIGNED").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).get("/api/v1/agreements?dueBy=tomorrow").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).get("/api/v1/agreements?size=1000").then().statusCode(400);
        active(TODAY);
        active(TODAY);
        api.as(consultant).get("/api/v1/agreements?size=1&page=1").then().statusCode(200)
                .body("size", equalTo(1)).body("page", equalTo(1)).body("items.size()", equalTo(1));
    }

    private JsonPath mine(String query) {
        JsonPath all = api.as(consultant).get("/api/v1/agreements?size=100&" + query).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = all.getList("items");
        List<Map<String, Object>> own = items.stream().filter(i -> needId.equals(i.get("needId"))).toList();
        return JsonPath.from(toJson(Map.of("items", own)));
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String draft(LocalDate start) {
        return api.draftAgreement(consultant, newCitizen(), needId, start.toString());
    }

    private String active(LocalDate start) {
        return api.activeAgreement(consultant, newCitizen(), needId, start.toString());
    }

    private String newCitizen() {
        return api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }
}
