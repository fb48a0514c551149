package dk.jobmatch.notification;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * HOURS_REDUCED, STOPPED, ORDINARY_HOURS and HIRED notify the agreement's consultant in the event's
 * transaction; each consultant lists only their own, newest first, in Danish, without the citizen.
 */
@ServerTest
class NotificationApiTest extends ApiTestSupport {

    @Test
    void courseEventsNotifyTheAgreementsConsultantNewestFirstWithoutTheCitizensName() {
        String employerName = "Tømrer " + UUID.randomUUID().toString().substring(0, 6);
        String employerId = api.createEmployer(consultant, employerName, TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need("Oprydning på pladsen",
                TestData.cleanUpTask()));
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("displayName", "Hanne Hansen");
        String agreement = api.activeAgreement(consultant, api.createCitizen(consultant, citizen), needId,
                "2026-12-01");
        List<String> before = ids(consultant, 100);

        event(agreement, Map.of("type", "HOURS_REDUCED", "date", "2026-12-20")).then().statusCode(201);
        event(agreement, Map.of("type", "STOPPED", "date", "2027-01-10", "reasonCode", "CITIZEN_HEALTH"))
                .then().statusCode(201);

        JsonPath mine = page(consultant, 0, 100);
        List<Map<String, Object>> fresh = mine.<Map<String, Object>>getList("items").stream()
                .filter(item -> !before.contains((String) item.get("id"))).toList();
        assertThat(fresh).extracting(item -> item.get("kind") + " " + item.get("date") + " " + item.get("agreementId"))
                .as("newest first").containsExactly("STOPPED 2027-01-10 " + agreement,
                        "HOURS_REDUCED 2026-12-20 " + agreement);
        assertThat(fresh.get(0).get("text")).isEqualTo("Forløbet hos " + employerName
                + " (Oprydning på pladsen) er stoppet 10. januar 2027.");
        assertThat(fresh.get(1).get("text")).isEqualTo("Timerne er sat ned i forløbet hos " + employerName
                + " (Oprydning på pladsen) fra 20. december 2026.");
        assertThat(mine.prettify()).doesNotContain("Hanne");
        assertThat(mine.getList("items.id")).as("newest first, whole list").startsWith(fresh.get(0).get("id"),
                fresh.get(1).get("id"));

        // Paging as other lists: page 1 of size 1 is the second newest.
        JsonPath second = page(consultant, 1, 1);
        assertThat(second.getList("items.id")).containsExactly(mine.getList("items.id").get(1));
        assertThat(second.getLong("total")).isEqualTo(mine.getLong("total"));
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getInt("size")).isEqualTo(1);
    }

    @Test
    void hiredAndOrdinaryHoursNotifyEmploymentEndedDoesNot() {
        String employerId = api.createEmployer(consultant, "Ansat " + UUID.randomUUID(), TestData.randomCvr());
        String hired = activeAgreement(employerId, consultant);
        String ordinary = activeAgreement(employerId, consultant);

        event(hired, Map.of("type", "HIRED", "date", "2027-02-01")).then().statusCode(201);
        event(ordinary, Map.of("type", "ORDINARY_HOURS", "date", "2027-02-02")).then().statusCode(201);
        long notifications = tables.count("notification");
        event(hired, Map.of("type", "EMPLOYMENT_ENDED", "date", "2027-05-01", "reasonCode", "MOVED"))
                .then().statusCode(201);

        assertThat(tables.count("notification")).as("EMPLOYMENT_ENDED notifies nobody").isEqualTo(notifications);
        assertThat(tables.count("notification WHERE agreement_id = '" + hired + "' AND kind = 'HIRED'")).isEqualTo(1);
        List<Map<String, Object>> items = page(consultant, 0, 100).getList("items");
        assertThat(items).filteredOn(item -> hired.equals(item.get("agreementId"))).singleElement()
                .satisfies(item -> assertThat((String) item.get("text")).startsWith("Borgeren er ansat hos Ansat "));
        assertThat(items).filteredOn(item -> ordinary.equals(item.get("agreementId"))).singleElement()
                .satisfies(item -> assertThat((String) item.get("text")).contains("ordinære timer fra 2. februar 2027"));
    }

    @Test
    void eachConsultantSeesOnlyTheirOwn() {
        String admin = api.admin();
        // Made by the integration: the employer has no owner, so only the agreements' consultants hear.
        String employerId = api.createEmployer(api.integration(), "Egne " + UUID.randomUUID(), TestData.randomCvr());
        String byAdmin = activeAgreement(employerId, admin);
        String byConsultant = activeAgreement(employerId, consultant);

        // The consultant records the event on the administrator's agreement: the administrator hears of it.
        event(byAdmin, Map.of("type", "HIRED", "date", "2027-02-01")).then().statusCode(201);
        event(byConsultant, Map.of("type", "HIRED", "date", "2027-02-01")).then().statusCode(201);

        assertThat(agreementIds(admin)).contains(byAdmin).doesNotContain(byConsultant);
        assertThat(agreementIds(consultant)).contains(byConsultant).doesNotContain(byAdmin);
        String employer = api.employerLogin(consultant, employerId, "e-" + UUID.randomUUID());
        api.as(employer).get("/api/v1/notifications").then().statusCode(403)
                .contentType("application/problem+json");
        api.as(api.integration()).get("/api/v1/notifications").then().statusCode(403);
        api.anonymous().get("/api/v1/notifications").then().statusCode(401);
    }

    /** The employer's owner hears of its placements as well, and someone who is both hears once. */
    @Test
    void theEmployersOwnerIsNotifiedTooAndOnlyOnce() {
        String admin = api.admin();
        String ownedByConsultant = api.createEmployer(consultant, "Ejet " + UUID.randomUUID(), TestData.randomCvr());
        String byAdmin = activeAgreement(ownedByConsultant, admin);
        String byOwner = activeAgreement(ownedByConsultant, consultant);

        event(byAdmin, Map.of("type", "HIRED", "date", "2027-02-01")).then().statusCode(201);
        event(byOwner, Map.of("type", "HIRED", "date", "2027-02-01")).then().statusCode(201);

        assertThat(agreementIds(admin)).contains(byAdmin).doesNotContain(byOwner);
        assertThat(agreementIds(consultant)).as("the owner hears of both").contains(byAdmin, byOwner);
        assertThat(tables.count("notification WHERE agreement_id = '" + byOwner + "'"))
                .as("the owner who made the agreement: one notification").isEqualTo(1);
        assertThat(tables.count("notification WHERE agreement_id = '" + byAdmin + "'")).isEqualTo(2);
    }

    @Test
    void aRefusedEventNotifiesNobodyAndErasureTakesTheNotificationsAlong() {
        String employerId = api.createEmployer(consultant, "Slettet " + UUID.randomUUID(), TestData.randomCvr());
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String agreement = api.activeAgreement(consultant, citizenId, needId, "2026-12-01");

        String before = tables.writeFootprint();
        event(agreement, Map.of("type", "STOPPED", "date", "2027-01-10")).then().statusCode(422)
                .body("errors[0].field", equalTo("reasonCode"));
        event(agreement, Map.of("type", "EMPLOYMENT_ENDED", "date", "2027-01-10", "reasonCode", "MOVED"))
                .then().statusCode(409);
        assertThat(tables.writeFootprint()).isEqualTo(before);

        event(agreement, Map.of("type", "STOPPED", "date", "2027-01-10", "reasonCode", "MOVED")).then().statusCode(201);
        assertThat(tables.count("notification WHERE agreement_id = '" + agreement + "'")).isEqualTo(1);
        api.as(consultant).delete("/api/v1/citizens/" + citizenId).then().statusCode(204);
        assertThat(tables.count("notification WHERE agreement_id = '" + agreement + "'")).isZero();
        assertThat(agreementIds(consultant)).doesNotContain(agreement);
    }

    private String activeAgreement(String employerId, String token) {
        return api.activeAgreement(token, api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                api.createNeed(consultant, employerId, TestData.need()), "2026-12-01");
    }

    private io.restassured.response.Response event(String agreementId, Map<String, Object> event) {
        return api.as(consultant).body(event).post("/api/v1/agreements/" + agreementId + "/events");
    }

    private JsonPath page(String token, int page, int size) {
        return api.as(token).get("/api/v1/notifications?page=" + page + "&size=" + size).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private List<String> ids(String token, int size) {
        return page(token, 0, size).getList("items.id", String.class);
    }

    private List<String> agreementIds(String token) {
        return page(token, 0, 100).getList("items.agreementId", String.class);
    }
}
