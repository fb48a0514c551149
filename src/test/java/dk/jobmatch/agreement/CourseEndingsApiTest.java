package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Contract v1.1 "The course of a placement", endings: a coded reason on STOPPED and
 * EMPLOYMENT_ENDED, the debrief with the employer, the reason code in the change feed, and the
 * re-match cool-down after STOPPED, in both directions, with the released places free at once.
 */
@ServerTest
class CourseEndingsApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;

    String employerId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Forløb " + UUID.randomUUID(), TestData.randomCvr());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEndingWithoutItsReasonCodeOrWithABadDateIsRefusedAndChangesNothing() {
        String needId = need(employerId, "Oprydning");
        String citizenId = citizen(6, 10);
        String agreement = api.activeAgreement(consultant, citizenId, needId, "2026-12-01");
        String footprint = tables.writeFootprint();
        long events = tables.count("agreement_event");
        long exclusions = tables.count("match_exclusion");

        event(agreement, Map.of("type", "STOPPED", "date", "2026-12-20")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("reasonCode"));
        event(agreement, Map.of("type", "STOPPED", "date", "2026-12-20", "reasonCode", "TIRED")).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("reasonCode"))
                .body("errors.message", contains("unknown code 'TIRED'"));
        event(agreement, Map.of("type", "HOURS_REDUCED", "date", "2026-11-30", "reasonCode", "CITIZEN_HEALTH"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("date"));
        // Before the start and before the agreement was drafted: a typing error even for STOPPED.
        event(agreement, Map.of("type", "STOPPED", "date", "2025-12-20")).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("reasonCode", "date"));

        assertThat(tables.writeFootprint()).isEqualTo(footprint);
        assertThat(tables.count("agreement_event")).as("no event recorded").isEqualTo(events);
        assertThat(tables.count("match_exclusion")).as("no cool-down started").isEqualTo(exclusions);
        api.as(consultant).get("/api/v1/agreements/" + agreement).then().body("status", equalTo("ACTIVE"));
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("FILLED")).body("tasks[0].held", equalTo(1));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("committedHoursPerWeek", equalTo(6.0f));

        // The other events need no code; an employment that ended does, and gives the place back only with it.
        event(agreement, Map.of("type", "HIRED", "date", "2027-03-01")).then().statusCode(201)
                .body("type", equalTo("HIRED")).body("reasonCode", nullValue());
        event(agreement, Map.of("type", "EMPLOYMENT_ENDED", "date", "2027-06-30")).then().statusCode(422)
                .body("errors.field", contains("reasonCode"));
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("tasks[0].held", equalTo(1));
        event(agreement, Map.of("type", "EMPLOYMENT_ENDED", "date", "2027-06-30",
                "reasonCode", "EMPLOYER_NO_LONGER_NEEDS")).then().statusCode(201)
                .body("type", equalTo("EMPLOYMENT_ENDED")).body("reasonCode", equalTo("EMPLOYER_NO_LONGER_NEEDS"));
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN")).body("tasks[0].held", equalTo(0));
        assertThat(tables.count("match_exclusion")).as("only STOPPED starts a cool-down").isEqualTo(exclusions);
    }

    @Test
    void theDebriefIsStoredAndAnsweredAsRecorded() {
        String agreement = api.activeAgreement(consultant, citizen(6, 10), need(employerId, "Oprydning"),
                "2026-12-01");
        Map<String, Object> debrief = Map.of(
                "employerView", "Opgaverne krævede mere tempo end aftalt; Lars savnede faste aftaler om pauser.",
                "strengths", List.of("Mødestabil og altid præcis", "God til sortering; overblik, også når det travlt"),
                "lessons", "Næste forløb: færre opgaver ad gangen og en fast makker fra første dag.");

        JsonPath recorded = event(agreement, Map.of("type", "STOPPED", "date", "2027-01-15",
                "reasonCode", "TASKS_UNSUITABLE", "reason", "Aftalt med borger og virksomhed", "debrief", debrief))
                .then().statusCode(201).contentType("application/json").extract().jsonPath();
        assertThat(recorded.getString("id")).isNotBlank();
        assertThat(recorded.getString("type")).isEqualTo("STOPPED");
        assertThat(recorded.getString("date")).isEqualTo("2027-01-15");
        assertThat(recorded.getString("reasonCode")).isEqualTo("TASKS_UNSUITABLE");
        assertThat(recorded.getString("reason")).isEqualTo("Aftalt med borger og virksomhed");
        assertThat(recorded.<String, Object>getMap("debrief")).isEqualTo(debrief);
        api.as(consultant).get("/api/v1/agreements/" + agreement).then().body("status", equalTo("STOPPED"));

        // Any event may carry a debrief and a code; an HOURS_REDUCED note needs neither.
        String other = api.activeAgreement(consultant, citizen(6, 10), need(employerId, "Kørsel"), "2026-12-01");
        event(other, Map.of("type", "HOURS_REDUCED", "date", "2027-01-15", "debrief",
                Map.of("strengths", List.of("Holder pauserne")))).then().statusCode(201)
                .body("reasonCode", nullValue())
                .body("debrief.strengths", contains("Holder pauserne"))
                .body("debrief.employerView", nullValue());
        event(other, Map.of("type", "HOURS_REDUCED", "date", "2027-01-20", "reasonCode", "CITIZEN_HEALTH"))
                .then().statusCode(201).body("reasonCode", equalTo("CITIZEN_HEALTH")).body("debrief", nullValue());
    }

    @Test
    void aPlacementCalledOffBeforeItsStartIsStoppedOnTheDayItWasCalledOff() {
        LocalDate today = LocalDate.now(clock);
        String draft = api.draftAgreement(consultant, citizen(6, 10), need(employerId, "Oprydning"),
                today.plusDays(14).toString());
        event(draft, Map.of("type", "STOPPED", "date", today.toString(), "reasonCode", "EMPLOYER_NO_LONGER_NEEDS"))
                .then().statusCode(201).body("date", equalTo(today.toString()));
        api.as(consultant).get("/api/v1/agreements/" + draft).then().body("status", equalTo("STOPPED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theChangeFeedCarriesTheReasonCodeButNeverTheWords() {
        String integration = api.integration();
        String cursor = api.changeFeedEnd(integration);
        String stopped = api.activeAgreement(consultant, citizen(6, 10), need(employerId, "Oprydning"), "2026-12-01");
        String hired = api.activeAgreement(consultant, citizen(6, 10), need(employerId, "Kørsel"), "2026-12-01");
        event(stopped, Map.of("type", "STOPPED", "date", "2027-01-15", "reasonCode", "CITIZEN_HEALTH",
                "reason", "Sygemeldt med stress", "debrief", Map.of("employerView", "Borgeren var presset")))
                .then().statusCode(201);
        event(hired, Map.of("type", "HIRED", "date", "2027-02-01")).then().statusCode(201);

        List<Map<String, Object>> changes = api.changesAfter(integration, cursor);
        assertThat(changes).filteredOn(c -> "STOPPED".equals(c.get("detail"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("entityId", stopped)
                        .containsEntry("reasonCode", "CITIZEN_HEALTH"));
        assertThat(changes).filteredOn(c -> "HIRED".equals(c.get("detail"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("entityId", hired).doesNotContainKey("reasonCode"));
        assertThat(changes).filteredOn(c -> c.get("detail") == null)
                .allSatisfy(c -> assertThat(c).doesNotContainKey("reasonCode"));
        assertThat(changes.toString()).doesNotContain("stress", "presset");
    }

    /**
     * The course: a placement stops because the tasks did not suit the citizen. The same
     * day the citizen is matched with, and drafted for, another employer, while the first
     * employer's needs are left out (and the citizen left out of theirs); another citizen is
     * matched with the released task at once; 90 days after the event's date the first employer
     * is back, in both directions.
     */
    @Test
    void aStoppedCourseKeepsTheEmployerAwayForTheCooldownAndFreesTheTaskAtOnce() {
        LocalDate today = LocalDate.now(clock);
        String firstNeed = need(employerId, "Oprydning");
        String firstEmployersOtherNeed = need(employerId, "Lageroprydning");
        String otherEmployer = api.createEmployer(consultant, "Anden " + UUID.randomUUID(), TestData.randomCvr());
        String otherNeed = need(otherEmployer, "Oprydning på lageret");
        String citizenId = citizen(6, 20);
        String agreement = api.activeAgreement(consultant, citizenId, firstNeed, today.toString());
        api.as(consultant).get("/api/v1/needs/" + firstNeed).then().body("status", equalTo("FILLED"));
        assertThat(matchedNeeds(citizenId)).contains(firstEmployersOtherNeed, otherNeed);

        event(agreement, Map.of("type", "STOPPED", "date", today.toString(), "reasonCode", "TASKS_UNSUITABLE",
                "debrief", Map.of("employerView", "For mange forskellige opgaver", "strengths", List.of("Mødestabil"),
                        "lessons", "Færre opgaver ad gangen"))).then().statusCode(201);

        api.as(consultant).get("/api/v1/needs/" + firstNeed).then()
                .body("status", equalTo("OPEN")).body("tasks[0].available", equalTo(1));
        assertThat(matchedNeeds(citizenId)).as("the first employer's needs are left out, another's are not")
                .contains(otherNeed).doesNotContain(firstNeed, firstEmployersOtherNeed);
        String someoneElse = citizen(6, 10);
        assertThat(matchedCitizens(firstNeed)).as("the released task is matchable at once, not for the same citizen")
                .contains(someoneElse).doesNotContain(citizenId);
        assertThat(matchedCitizens(firstEmployersOtherNeed)).contains(someoneElse).doesNotContain(citizenId);
        assertThat(matchedNeeds(someoneElse)).contains(firstNeed, firstEmployersOtherNeed);
        String next = api.draftAgreement(consultant, citizenId, otherNeed, today.plusDays(7).toString());
        api.as(consultant).get("/api/v1/agreements/" + next).then().body("status", equalTo("DRAFT"));

        // Matching leaves the pair out, but a consultant may still draft it on purpose.
        String onPurpose = api.draftAgreement(consultant, citizenId, firstEmployersOtherNeed,
                today.plusDays(7).toString());
        api.as(consultant).delete("/api/v1/agreements/" + onPurpose).then().statusCode(204);

        moveTo(today.plusDays(89));
        assertThat(matchedNeeds(citizenId)).as("day 89 after the event").doesNotContain(firstNeed,
                firstEmployersOtherNeed);
        assertThat(matchedCitizens(firstEmployersOtherNeed)).doesNotContain(citizenId);

        moveTo(today.plusDays(90));
        assertThat(matchedNeeds(citizenId)).as("day 90 after the event").contains(firstNeed, firstEmployersOtherNeed);
        assertThat(matchedCitizens(firstNeed)).contains(citizenId, someoneElse);
        assertThat(matchedCitizens(firstEmployersOtherNeed)).contains(citizenId);
    }

    @Test
    void erasingTheCitizenErasesTheirCooldowns() {
        String citizenId = citizen(6, 10);
        String agreement = api.activeAgreement(consultant, citizenId, need(employerId, "Oprydning"), "2026-12-01");
        long before = tables.count("match_exclusion");
        event(agreement, Map.of("type", "STOPPED", "date", "2027-01-15", "reasonCode", "CITIZEN_WITHDREW"))
                .then().statusCode(201);
        assertThat(tables.count("match_exclusion")).isEqualTo(before + 1);

        api.as(consultant).delete("/api/v1/citizens/" + citizenId).then().statusCode(204);
        assertThat(tables.count("match_exclusion")).isEqualTo(before);
    }

    /** Moves the service's clock to noon (UTC) of that day. */
    private void moveTo(LocalDate day) {
        clock.moveTo(day);
        assertThat(LocalDate.now(clock)).isEqualTo(day);
    }

    private Response event(String agreementId, Map<String, Object> event) {
        return api.as(consultant).body(event).post("/api/v1/agreements/" + agreementId + "/events");
    }

    /** A need of one 6-hour cleaning task with one place. */
    private String need(String employer, String title) {
        return api.createNeed(consultant, employer, TestData.need(title + " " + UUID.randomUUID(),
                TestData.cleanUpTask()));
    }

    private String citizen(int minHours, int maxHours) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("hoursPerWeek", Map.of("min", minHours, "max", maxHours));
        return api.createCitizen(consultant, citizen);
    }

    private List<String> matchedNeeds(String citizenId) {
        return api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=100").then().statusCode(200)
                .extract().path("results.needId");
    }

    private List<String> matchedCitizens(String needId) {
        return api.as(consultant).get("/api/v1/needs/" + needId + "/matches?limit=100").then().statusCode(200)
                .extract().path("results.citizenId");
    }
}
