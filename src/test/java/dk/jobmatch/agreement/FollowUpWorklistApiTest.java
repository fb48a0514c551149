package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The consultant's "due for follow-up" list: order, filters, attention flags, scoping and audit. */
@ServerTest
class FollowUpWorklistApiTest extends ApiTestSupport {

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    @Inject
    TestClock clock;

    String employerId;
    String needId;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

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

    @Test
    void attentionFlagsSayWhatNeedsActionAndFilterTheList() {
        String visitsBehind = active(TODAY.minusDays(15));     // the first visit and follow-up were due yesterday
        String onTrack = active(TODAY.minusDays(15));
        api.as(consultant).body(Map.of("date", TODAY.toString(), "actualHoursPerWeek", 6, "format", "WORKPLACE_VISIT"))
                .post("/api/v1/agreements/" + onTrack + "/follow-ups").then().statusCode(201);
        String aftercareDue = active(TODAY.minusDays(40));
        event(aftercareDue, "HIRED", TODAY.minusWeeks(2));     // its first aftercare date is today
        String aftercareDone = active(TODAY.minusDays(40));
        event(aftercareDone, "HIRED", TODAY.minusWeeks(2));
        api.as(consultant).body(Map.of("date", TODAY.toString(), "actualHoursPerWeek", 6, "stillEmployed", true))
                .post("/api/v1/agreements/" + aftercareDone + "/follow-ups").then().statusCode(201);
        String stoppedAWeekAgo = active(TODAY.minusDays(30));
        event(stoppedAWeekAgo, "STOPPED", TODAY.minusDays(7));
        String stoppedSixDaysAgo = active(TODAY.minusDays(30));
        event(stoppedSixDaysAgo, "STOPPED", TODAY.minusDays(6));
        String citizen = newCitizen();
        String stoppedAndReplaced = api.activeAgreement(consultant, citizen, needId, TODAY.minusDays(30).toString());
        event(stoppedAndReplaced, "STOPPED", TODAY.minusDays(10));
        String replacement = api.draftAgreement(consultant, citizen, needId, TODAY.toString());
        String draft = draft(TODAY);

        Map<String, List<String>> flags = flags("");
        assertThat(flags).containsEntry(visitsBehind, List.of("FOLLOW_UP_OVERDUE", "VISITS_BEHIND"))
                .containsEntry(onTrack, List.of())
                .containsEntry(aftercareDue, List.of("AFTERCARE_DUE")).containsEntry(aftercareDone, List.of())
                .containsEntry(stoppedAWeekAgo, List.of("NEEDS_NEW_PLACEMENT"))
                .containsEntry(stoppedSixDaysAgo, List.of()).containsEntry(stoppedAndReplaced, List.of())
                .containsEntry(replacement, List.of()).containsEntry(draft, List.of()).hasSize(9);
        assertThat(flags("attention=ANY").keySet()).containsExactlyInAnyOrder(visitsBehind, aftercareDue,
                stoppedAWeekAgo);
        assertThat(flags("attention=NEEDS_NEW_PLACEMENT").keySet()).containsExactly(stoppedAWeekAgo);
        assertThat(flags("attention=VISITS_BEHIND&status=ACTIVE").keySet()).containsExactly(visitsBehind);
        assertThat(flags("attention=AFTERCARE_DUE&status=ACTIVE")).isEmpty();
        api.as(consultant).get("/api/v1/agreements?attention=SOMETIME").then().statusCode(400)
                .contentType("application/problem+json");

        String employer = api.employerLogin(consultant, employerId, "flag-" + UUID.randomUUID());
        List<Map<String, Object>> seenByEmployer = api.as(employer).get("/api/v1/agreements?size=100").then()
                .statusCode(200).extract().path("items");
        assertThat(seenByEmployer).filteredOn(i -> stoppedAWeekAgo.equals(i.get("id")))
                .as("whether the citizen was placed elsewhere is not the employer's business")
                .singleElement().satisfies(i -> assertThat(i.get("attention")).isEqualTo(List.of()));

        clock.advance(Duration.ofDays(15));
        assertThat(flags("attention=DRAFT_STALE").keySet()).containsExactlyInAnyOrder(draft, replacement);
        assertThat(flags("attention=NEEDS_NEW_PLACEMENT").keySet()).containsExactlyInAnyOrder(stoppedAWeekAgo,
                stoppedSixDaysAgo);
    }

    /** The flags of this test's agreements, by id. */
    private Map<String, List<String>> flags(String query) {
        List<Map<String, Object>> items = mine(query).getList("items");
        Map<String, List<String>> flags = new java.util.HashMap<>();
        items.forEach(i -> flags.put((String) i.get("id"), castList(i.get("attention"))));
        return flags;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object list) {
        return (List<String>) list;
    }

    private void event(String agreementId, String type, LocalDate date) {
        Map<String, Object> event = new java.util.HashMap<>(Map.of("type", type, "date", date.toString()));
        if (type.equals("STOPPED")) {
            event.put("reasonCode", "TASKS_UNSUITABLE");
        }
        api.as(consultant).body(event).post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);
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
