package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * The course of a placement through the API, with the clock moved instead of waiting: follow-ups
 * with formats and measures against a Thisted-like plan, hiring and the aftercare that follows,
 * the citizen's measured capacity and the next draft that starts from it, bad follow-ups that
 * store nothing.
 */
@ServerTest
class FollowUpCourseApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;

    String employerId;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aThistedCourseFromDraftThroughAftercareToTheNextDraft() {
        employerId = api.createEmployer(consultant, "Thisted Pak " + UUID.randomUUID(), TestData.randomCvr());
        String citizenId = citizen();
        LocalDate start = today();
        String id = api.as(consultant).body(Map.of("citizenId", citizenId, "needId", need(6, 6),
                        "startDate", start.toString(), "hoursPerWeek", 9))
                .post("/api/v1/agreements").then().statusCode(201)
                .body("hoursPerWeek", equalTo(9.0f)).body("effectivenessPercent", equalTo(75))
                .body("progression.hoursPerWeek", contains(10.5f, 12.0f))
                .body("progression.effectivenessPercent", contains(80, 85))
                .body("followUp.companyVisits.size()", equalTo(4))
                .body("followUp", not(hasKey("aftercareDates")))
                .extract().path("id");
        approveByAll(id);
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("$", not(hasKey("measured")));

        moveTo(start.plusWeeks(2));
        followUp(id, course(9, 75, "WORKPLACE_VISIT", Map.of("who5", 48, "gse", 24,
                "bip", Map.of("ENERGY", 2, "COOPERATION", 3)))).statusCode(201)
                .body("format", equalTo("WORKPLACE_VISIT")).body("gse", equalTo(24))
                .body("bip.ENERGY", equalTo(2)).body("bip.COOPERATION", equalTo(3))
                .body("aftercare", equalTo(false)).body("$", not(hasKey("stillEmployed")));
        moveTo(start.plusWeeks(6));
        followUp(id, course(10.5, 80, "PHONE", Map.of("who5", 56))).statusCode(201).body("$", not(hasKey("bip")));
        moveTo(start.plusWeeks(8));
        followUp(id, course(11, 80, "WORKPLACE_VISIT", Map.of("gse", 28, "bip", Map.of("ENERGY", 3))))
                .statusCode(201);
        moveTo(start.plusWeeks(12));
        followUp(id, course(12, 85, "JOBCENTRE_MEETING", Map.of("who5", 64, "gse", 31, "bip", Map.of("ENERGY", 4))))
                .statusCode(201);

        progress(id).body("clauses.state", contains("MET", "MET")).body("behindPlan", equalTo(false))
                .body("visits.planned", equalTo(4)).body("visits.done", equalTo(2)).body("visits.onPace", equalTo(true))
                .body("measures.who5.first", equalTo(48)).body("measures.who5.latest", equalTo(64))
                .body("measures.gse.first", equalTo(24)).body("measures.gse.latest", equalTo(31))
                .body("measures.bip.ENERGY.first", equalTo(2)).body("measures.bip.ENERGY.latest", equalTo(4))
                .body("measures.bip.COOPERATION.first", equalTo(3)).body("measures.bip.COOPERATION.latest", equalTo(3))
                .body("$", not(hasKey("aftercare")));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then()
                .body("measured.hoursPerWeek", equalTo(12.0f)).body("measured.effectivenessPercent", equalTo(85))
                .body("measured.date", equalTo(today().toString())).body("measured.agreementId", equalTo(id));

        moveTo(start.plusWeeks(13));
        LocalDate hired = today();
        event(id, "HIRED", hired).statusCode(201);
        List<String> aftercareDates = List.of(hired.plusWeeks(2).toString(), hired.plusWeeks(6).toString(),
                hired.plusWeeks(12).toString(), hired.plusWeeks(26).toString());
        api.as(consultant).get("/api/v1/agreements/" + id).then().statusCode(200)
                .body("followUp.aftercareDates", equalTo(aftercareDates));
        progress(id).body("aftercare.startDate", equalTo(hired.toString()))
                .body("aftercare.endDate", equalTo(hired.plusWeeks(26).toString()))
                .body("aftercare.dates.date", equalTo(aftercareDates))
                .body("aftercare.dates.done", everyItem(equalTo(false)))
                .body("aftercare", not(hasKey("stillEmployed")));

        for (int weeks : List.of(2, 6, 12, 26)) {
            moveTo(hired.plusWeeks(weeks));
            followUp(id, aftercare(today(), true)).statusCode(201).body("aftercare", equalTo(true))
                    .body("stillEmployed", equalTo(true));
        }
        progress(id).body("aftercare.dates.done", contains(true, true, true, true))
                .body("aftercare.stillEmployed", equalTo(true)).body("clauses.state", contains("MET", "MET"))
                .body("lastFollowUpDate", equalTo(hired.plusWeeks(26).toString()));
        assertThat(tables.count("outbox WHERE entity_id = '" + id + "' AND detail = 'AFTERCARE_FOLLOW_UP'"))
                .isEqualTo(4);
        assertThat(tables.count("outbox WHERE entity_id = '" + id + "' AND detail = 'FOLLOW_UP'")).isEqualTo(4);

        moveTo(hired.plusWeeks(26).plusDays(1));
        long recorded = followUps(id);
        followUp(id, aftercare(today(), true)).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Aftercare (efterværn) ended on " + hired.plusWeeks(26)));
        assertThat(followUps(id)).isEqualTo(recorded);
        // The last day's follow-up written up a day late still counts.
        followUp(id, aftercare(hired.plusWeeks(26), true)).statusCode(201);

        api.as(consultant).get("/api/v1/citizens/" + citizenId).then()
                .body("measured.hoursPerWeek", equalTo(11.0f)).body("measured.effectivenessPercent", equalTo(90))
                .body("measured.date", equalTo(hired.plusWeeks(26).toString()));

        api.as(consultant).body(Map.of("type", "EMPLOYMENT_ENDED", "date", today().toString(),
                        "reasonCode", "EMPLOYER_NO_LONGER_NEEDS"))
                .post("/api/v1/agreements/" + id + "/events").then().statusCode(201);
        followUp(id, aftercare(today(), false)).statusCode(409)
                .body("detail", containsString("no aftercare (efterværn) left to record"));
        progress(id).body("aftercare.employmentEnded", equalTo(today().toString()));

        // The next course starts where this one got to: 11 h at 90 %, not the profile's 75 % or the tasks' 12 h.
        api.as(consultant).body(Map.of("citizenId", citizenId, "needId", need(6, 6), "startDate", today().toString()))
                .post("/api/v1/agreements").then().statusCode(201)
                .body("hoursPerWeek", equalTo(11.0f)).body("effectivenessPercent", equalTo(90))
                .body("progression[0].effectivenessPercent", equalTo(95));

        String measuredRow = "citizen_measured WHERE citizen_id = '" + citizenId + "'";
        assertThat(tables.count(measuredRow)).isEqualTo(1);
        api.as(consultant).delete("/api/v1/citizens/" + citizenId).then().statusCode(204);
        assertThat(tables.count(measuredRow)).as("erased with the profile").isZero();
    }

    @Test
    void badFollowUpsAreProblemsAndStoreNothing() {
        employerId = api.createEmployer(consultant, "Fejl " + UUID.randomUUID(), TestData.randomCvr());
        String citizenId = citizen();
        LocalDate start = today().minusDays(10);
        String id = api.activeAgreement(consultant, citizenId, need(6, 6), start.toString());
        String before = tables.writeFootprint();
        long measured = tables.count("citizen_measured");

        refused(id, with(course(9, 75, "PHONE", Map.of()), "who5", 101), "who5");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "gse", 9), "gse");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "gse", 41), "gse");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "bip", Map.of("MOOD", 3, "ENERGY", 2)), "bip.MOOD");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "bip", Map.of("ENERGY", 6)), "bip.ENERGY");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "bip", Map.of("ENERGY", 0)), "bip.ENERGY");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "format", "EMAIL"), "format");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "date", start.minusDays(1).toString()), "date");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "date", today().plusDays(1).toString()), "date");
        refused(id, with(course(9, 75, "PHONE", Map.of()), "stillEmployed", true), "stillEmployed");
        refused(id, with(course(-1, 75, "PHONE", Map.of()), "effectivenessPercent", 101),
                "actualHoursPerWeek", "effectivenessPercent");

        assertThat(followUps(id)).isZero();
        assertThat(tables.writeFootprint()).isEqualTo(before);
        assertThat(tables.count("citizen_measured")).isEqualTo(measured);
        progress(id).body("$", not(hasKey("lastFollowUpDate"))).body("measures.who5", equalTo(Map.of()));

        followUp(id, with(course(9, 75, "PHONE", Map.of()), "date", start.toString())).statusCode(201);
        event(id, "HIRED", today().minusDays(2)).statusCode(201);
        refused(id, course(12, 90, "PHONE", Map.of()), "stillEmployed");
        refused(id, aftercare(today().minusDays(3), true), "date");
        assertThat(followUps(id)).isEqualTo(1);

        String draft = api.draftAgreement(consultant, citizen(), need(6, 6), today().toString());
        followUp(draft, course(9, 75, "PHONE", Map.of())).statusCode(409).contentType("application/problem+json");
        String stopped = api.activeAgreement(consultant, citizen(), need(6, 6), start.toString());
        event(stopped, "STOPPED", today()).statusCode(201);
        followUp(stopped, course(9, 75, "PHONE", Map.of())).statusCode(409);
        assertThat(followUps(draft) + followUps(stopped)).isZero();
    }

    private void refused(String id, Map<String, Object> body, String... fields) {
        followUp(id, body).statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains(fields));
    }

    private ValidatableResponse followUp(String id, Map<String, Object> body) {
        return api.as(consultant).body(body).post("/api/v1/agreements/" + id + "/follow-ups").then();
    }

    private ValidatableResponse progress(String id) {
        return api.as(consultant).get("/api/v1/agreements/" + id + "/progress").then().statusCode(200);
    }

    private ValidatableResponse event(String id, String type, LocalDate date) {
        Map<String, Object> event = new HashMap<>(Map.of("type", type, "date", date.toString()));
        if (type.equals("STOPPED")) {
            event.put("reasonCode", "TASKS_UNSUITABLE");
        }
        return api.as(consultant).body(event).post("/api/v1/agreements/" + id + "/events").then();
    }

    private long followUps(String id) {
        return tables.count("agreement_follow_up WHERE agreement_id = '" + id + "'");
    }

    /** A follow-up of the course dated today. */
    private Map<String, Object> course(double hours, int effectiveness, String format, Map<String, Object> measures) {
        Map<String, Object> body = new HashMap<>(measures);
        body.put("date", today().toString());
        body.put("actualHoursPerWeek", hours);
        body.put("effectivenessPercent", effectiveness);
        body.put("format", format);
        return body;
    }

    /** An aftercare follow-up in the new job: 11 hours at 90 %. */
    private static Map<String, Object> aftercare(LocalDate date, boolean stillEmployed) {
        return new HashMap<>(Map.of("date", date.toString(), "actualHoursPerWeek", 11, "effectivenessPercent", 90,
                "format", "PHONE", "stillEmployed", stillEmployed));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** The Thisted citizen: 6-12 hours at 75 %. */
    private String citizen() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 12));
        citizen.put("effectivenessPercent", 75);
        return api.createCitizen(consultant, citizen);
    }

    private String need(double... taskHours) {
        Map<String, Object>[] tasks = new Map[taskHours.length];
        for (int i = 0; i < taskHours.length; i++) {
            tasks[i] = TestData.task("Pakning " + (i + 1), taskHours[i], "pakning");
        }
        return api.createNeed(consultant, employerId, TestData.need("Pakning af varer", tasks));
    }

    private void approveByAll(String id) {
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            api.as(consultant).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), day)));
    }
}
