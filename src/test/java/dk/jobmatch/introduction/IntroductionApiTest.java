package dk.jobmatch.introduction;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.AtOnce;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Contract v1.1 "Coordination across consultants", introductions and exposure, through the real
 * server: proposing keeps the match guarantees and the limits, the employer sees the named citizen
 * only through its own needs' introductions (audited), and a decline keeps the pair apart for good.
 */
@SuppressWarnings("unchecked")
@ServerTest
class IntroductionApiTest extends ApiTestSupport {

    private static final String NO_HEAVY_LIFTING = "Borgeren løfter ikke tungt; tunge løft klares af kolleger eller"
            + " med hjælpemidler.";
    private static final String QUIET = "Borgeren arbejder i rolige omgivelser uden vedvarende støj.";

    String employerId;
    String needId;
    String cleanUpTaskId;
    String landfillTaskId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Tømrerfirma " + UUID.randomUUID(), TestData.randomCvr());
        needId = roomyNeed();
        JsonPath need = api.as(consultant).get("/api/v1/needs/" + needId).then().extract().jsonPath();
        cleanUpTaskId = need.getString("tasks[0].id");
        landfillTaskId = need.getString("tasks[1].id");
    }

    // ---- proposing ------------------------------------------------------------------------------

    @Test
    void withoutTasksTheCarvedBundleIsProposedAndTheEmployerSeesTheNamedCitizen() {
        String citizenId = citizen();
        String externalRef = api.as(consultant).get("/api/v1/citizens/" + citizenId).path("externalRef");
        String outboxBefore = api.changeFeedEnd(api.admin());

        Response created = propose(needId, Map.of("citizenId", citizenId, "note", "Stabil og mødestabil."));
        created.then().statusCode(201).body("status", equalTo("PROPOSED"))
                .body("tasks.taskId", equalTo(List.of(cleanUpTaskId)))
                .body("hoursPerWeek", equalTo(6.0f))
                .body("proposedBy", equalTo("consultant"));
        String id = created.path("id");

        String employerUser = "virk-" + UUID.randomUUID();
        String employer = api.employerLogin(consultant, employerId, employerUser);
        Response listed = api.as(employer).get("/api/v1/needs/" + needId + "/introductions");
        listed.then().statusCode(200).body("items.id", equalTo(List.of(id)));
        JsonPath shown = listed.jsonPath();
        assertThat(shown.getString("items[0].displayName")).isEqualTo("Borger 417");
        assertThat(shown.getList("items[0].tasks.title")).containsExactly("Oprydning på byggepladsen");
        assertThat(shown.getDouble("items[0].tasks[0].hoursPerWeek")).isEqualTo(6.0);
        assertThat(shown.getList("items[0].accommodationText")).containsExactly(NO_HEAVY_LIFTING, QUIET);
        assertThat(shown.getString("items[0].note")).isEqualTo("Stabil og mødestabil.");
        // Never the case reference, never the citizen's own notes on their health.
        String body = listed.asString();
        assertThat(body).doesNotContain(externalRef).doesNotContain("externalRef").doesNotContain("Ryg")
                .doesNotContain("accommodationNotes").doesNotContain("max 10 kg");

        // One audit row for the disclosure, naming who saw the citizen and through which route.
        List<Map<String, Object>> audit = api.as(api.admin()).queryParam("citizenId", citizenId)
                .queryParam("size", 100).get("/api/v1/admin/audit").then().statusCode(200).extract().path("items");
        assertThat(audit).filteredOn(e -> employerUser.equals(e.get("username")))
                .extracting(e -> e.get("action") + " " + e.get("role") + " " + e.get("endpoint"))
                .containsExactly("READ EMPLOYER GET /api/v1/needs/{needId}/introductions");

        List<Map<String, Object>> changes = api.changesAfter(api.admin(), outboxBefore);
        assertThat(changes).filteredOn(c -> "introduction".equals(c.get("entityType")))
                .extracting(c -> c.get("entityId") + " " + c.get("operation") + " " + c.get("detail"))
                .containsExactly(id + " CREATED INTRODUCTION_PROPOSED");
    }

    @Test
    void oneAuditRowPerCitizenShownToEachReader() {
        String first = citizen();
        String second = citizen();
        propose(needId, Map.of("citizenId", first)).then().statusCode(201);
        propose(needId, Map.of("citizenId", second)).then().statusCode(201);
        String employerUser = "virk-" + UUID.randomUUID();
        String employer = api.employerLogin(consultant, employerId, employerUser);

        api.as(employer).get("/api/v1/needs/" + needId + "/introductions").then().statusCode(200)
                .body("items.citizenId", org.hamcrest.Matchers.containsInAnyOrder(first, second));

        for (String citizenId : List.of(first, second)) {
            List<String> readers = api.as(api.admin()).queryParam("citizenId", citizenId).queryParam("size", 100)
                    .get("/api/v1/admin/audit").then().extract()
                    .path("items.findAll { it.action == 'READ' }.username");
            assertThat(readers).filteredOn(employerUser::equals).hasSize(1);
        }
    }

    @Test
    void chosenTasksMustBeFreeTasksOfTheNeedTheCitizenMayDo() {
        String citizenId = citizen();
        String before = tables.writeFootprint();

        assertField(propose(needId, Map.of("citizenId", citizenId, "taskIds", List.of(landfillTaskId))), "taskIds",
                "breaks guarantee 2");
        assertField(propose(needId, Map.of("citizenId", citizenId, "taskIds", List.of("no-such-task"))), "taskIds",
                "must be tasks of the need");
        assertField(propose(needId, Map.of("citizenId", citizenId, "taskIds", List.of(cleanUpTaskId, cleanUpTaskId))),
                "taskIds", "each task once");
        // A task whose only place an agreement holds is not free.
        String tightNeed = api.createNeed(consultant, employerId, TestData.need());
        String tightTask = api.as(consultant).get("/api/v1/needs/" + tightNeed).path("tasks[0].id");
        String holder = citizen();
        api.draftAgreement(consultant, holder, tightNeed, LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        before = tables.writeFootprint();
        assertField(propose(tightNeed, Map.of("citizenId", citizenId, "taskIds", List.of(tightTask))), "taskIds",
                "must be free tasks");
        // Its one free task conflicts with the citizen's accommodations: no bundle is left.
        assertField(propose(tightNeed, Map.of("citizenId", citizenId)), "citizenId", "guarantees 2 and 3");
        assertThat(tables.writeFootprint()).isEqualTo(before);

        propose(needId, Map.of("citizenId", citizenId, "taskIds", List.of(cleanUpTaskId))).then().statusCode(201)
                .body("tasks.taskId", equalTo(List.of(cleanUpTaskId))).body("hoursPerWeek", equalTo(6.0f));
    }

    @Test
    void aPairThatBreaksAGuaranteeIsRefusedAndNothingIsStored() {
        Map<String, Object> noLicence = TestData.citizen(TestData.randomExternalRef());
        noLicence.put("qualifications", List.of("DANISH_SPOKEN"));
        String unlicensed = api.createCitizen(consultant, noLicence);
        Map<String, Object> noConsent = TestData.citizen(TestData.randomExternalRef());
        noConsent.put("consent", false);
        String unconsenting = api.createCitizen(consultant, noConsent);
        Map<String, Object> far = TestData.citizen(TestData.randomExternalRef());
        far.put("location", Map.of("postcode", "8000", "lat", 56.15, "lon", 10.21));
        String farAway = api.createCitizen(consultant, far);
        String before = tables.writeFootprint();

        assertField(propose(needId, Map.of("citizenId", unlicensed)), "citizenId", "cannot be matched: 1");
        assertField(propose(needId, Map.of("citizenId", unconsenting)), "citizenId", "has not consented");
        assertField(propose(needId, Map.of("citizenId", farAway)), "citizenId", "cannot be matched: 4");
        assertField(propose(needId, Map.of("citizenId", unlicensed, "taskIds", List.of(cleanUpTaskId))), "taskIds",
                "breaks guarantee 1");
        propose(needId, Map.of("citizenId", "no-such-citizen")).then().statusCode(404);
        propose("no-such-need", Map.of("citizenId", unlicensed)).then().statusCode(404);
        assertField(propose(needId, Map.of("note", "uden borger")), "citizenId", "");
        assertField(propose(needId, Map.of("citizenId", unlicensed, "note", "x".repeat(2001))), "note", "");
        assertField(propose(needId, Map.of("citizenId", unlicensed, "taskIds", List.of())), "taskIds", "");
        propose(needId, Map.of("citizenId", List.of(unlicensed))).then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(before);

        // A closed need keeps guarantee 5 too.
        String closed = api.createNeed(consultant, employerId, TestData.need());
        Map<String, Object> edit = TestData.need();
        edit.put("status", "CLOSED");
        api.as(consultant).body(edit).put("/api/v1/needs/" + closed).then().statusCode(200);
        assertField(propose(closed, Map.of("citizenId", citizen())), "citizenId", "cannot be matched: 5");
    }

    @Test
    void onlyConsultantsAndAdministratorsPropose() {
        String citizenId = citizen();
        String employer = api.employerLogin(consultant, employerId, "virk-" + UUID.randomUUID());
        api.as(employer).body(Map.of("citizenId", citizenId)).post("/api/v1/needs/" + needId + "/introductions")
                .then().statusCode(403);
        api.as(api.integration()).body(Map.of("citizenId", citizenId))
                .post("/api/v1/needs/" + needId + "/introductions").then().statusCode(403);
        api.as(api.admin()).body(Map.of("citizenId", citizenId)).post("/api/v1/needs/" + needId + "/introductions")
                .then().statusCode(201).body("proposedBy", equalTo("admin"));
    }

    // ---- exposure limits ----------------------------------------------------------------------------

    @Test
    void atMostThreeOpenPerNeedAndTwoPerCitizenAndOnePerPair() {
        for (int i = 0; i < 3; i++) {
            propose(needId, Map.of("citizenId", citizen())).then().statusCode(201);
        }
        String fourth = citizen();
        String before = tables.writeFootprint();
        propose(needId, Map.of("citizenId", fourth)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", startsWith("The need already has 3 open"));
        assertThat(tables.writeFootprint()).isEqualTo(before);

        String citizenId = citizen();
        String second = roomyNeed();
        String third = roomyNeed();
        propose(second, Map.of("citizenId", citizenId)).then().statusCode(201);
        propose(second, Map.of("citizenId", citizenId)).then().statusCode(409)
                .body("detail", startsWith("The citizen is already introduced"));
        String open = propose(third, Map.of("citizenId", citizenId)).then().statusCode(201).extract().path("id");
        before = tables.writeFootprint();
        propose(roomyNeed(), Map.of("citizenId", citizenId)).then().statusCode(409)
                .body("detail", startsWith("The citizen already has 2 open"));

        // An answer closes one: the citizen may be introduced once more.
        answer(consultant, open, Map.of("decision", "ACCEPTED")).then().statusCode(200);
        propose(roomyNeed(), Map.of("citizenId", citizenId)).then().statusCode(201);
    }

    @Test
    void twoProposalsAtOnceForTheLastOpenPlaceOfANeedGetOne201AndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String need = roomyNeed();
            propose(need, Map.of("citizenId", citizen())).then().statusCode(201);
            propose(need, Map.of("citizenId", citizen())).then().statusCode(201);
            String one = citizen();
            String other = citizen();
            List<Integer> statuses = AtOnce.run(
                    () -> propose(need, Map.of("citizenId", one)).statusCode(),
                    () -> propose(need, Map.of("citizenId", other)).statusCode());
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
            api.as(consultant).get("/api/v1/needs/" + need + "/introductions").then().body("items.size()", equalTo(3));
        }
    }

    @Test
    void twoProposalsAtOnceForACitizensLastOpenPlaceGetOne201AndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String citizenId = citizen();
            propose(roomyNeed(), Map.of("citizenId", citizenId)).then().statusCode(201);
            String first = roomyNeed();
            String second = roomyNeed();
            List<Integer> statuses = AtOnce.run(
                    () -> propose(first, Map.of("citizenId", citizenId)).statusCode(),
                    () -> propose(second, Map.of("citizenId", citizenId)).statusCode());
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
        }
    }

    // ---- answering ----------------------------------------------------------------------------------

    @Test
    void theEmployerAnswersOnceOnlyWhileProposedAndAnotherEmployerCannotSeeIt() {
        String citizenId = citizen();
        String id = propose(needId, Map.of("citizenId", citizenId)).path("id");
        String employer = api.employerLogin(consultant, employerId, "virk-" + UUID.randomUUID());
        String otherEmployerId = api.createEmployer(consultant, "Andet firma " + UUID.randomUUID(),
                TestData.randomCvr());
        String other = api.employerLogin(consultant, otherEmployerId, "anden-" + UUID.randomUUID());
        String before = tables.writeFootprint();

        api.as(other).get("/api/v1/needs/" + needId + "/introductions").then().statusCode(404);
        answer(other, id, Map.of("decision", "ACCEPTED")).then().statusCode(404);
        answer(employer, "no-such-introduction", Map.of("decision", "ACCEPTED")).then().statusCode(404);
        assertField(answer(employer, id, Map.of("decision", "DECLINED")), "reasonCode", "is required");
        assertField(answer(employer, id, Map.of("decision", "ACCEPTED", "reasonCode", "OTHER")), "reasonCode",
                "only given when declining");
        assertField(answer(employer, id, Map.of("decision", "MAYBE")), "decision", "");
        assertField(answer(employer, id, Map.of("decision", "DECLINED", "reasonCode", "BORING")), "reasonCode", "");
        assertField(answer(employer, id, Map.of()), "decision", "");
        assertThat(tables.writeFootprint()).isEqualTo(before);
        // The other employer's own list shows nothing of it either.
        String otherNeed = api.createNeed(consultant, otherEmployerId, TestData.need());
        api.as(other).get("/api/v1/needs/" + otherNeed + "/introductions").then().statusCode(200)
                .body("items.size()", equalTo(0));

        answer(employer, id, Map.of("decision", "ACCEPTED", "comment", "Velkommen på mandag")).then()
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("decision", equalTo("ACCEPTED"))
                .body("comment", equalTo("Velkommen på mandag")).body("displayName", equalTo("Borger 417"));
        answer(employer, id, Map.of("decision", "DECLINED", "reasonCode", "OTHER")).then().statusCode(409);
        answer(consultant, id, Map.of("decision", "ACCEPTED")).then().statusCode(409);
        api.as(consultant).get("/api/v1/needs/" + needId + "/introductions").then()
                .body("items[0].status", equalTo("ACCEPTED")).body("items[0].answeredBy", startsWith("virk-"));
    }

    @Test
    void aConsultantAnswersOnTheEmployersBehalf() {
        String id = propose(needId, Map.of("citizenId", citizen())).path("id");
        String cursor = api.changeFeedEnd(api.admin());
        answer(consultant, id, Map.of("decision", "DECLINED", "reasonCode", "NO_TIME_TO_TRAIN",
                "comment", "Ring igen til foråret")).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("reasonCode", equalTo("NO_TIME_TO_TRAIN"))
                .body("answeredBy", equalTo("consultant"));
        assertThat(api.changesAfter(api.admin(), cursor)).filteredOn(c -> id.equals(c.get("entityId")))
                .extracting(c -> c.get("operation") + " " + c.get("detail"))
                .containsExactly("UPDATED INTRODUCTION_DECLINED");
    }

    @Test
    void aDeclinedCitizenIsNeverMatchedWithThatNeedAgainInEitherDirection() {
        String citizenId = citizen();
        String sibling = api.createNeed(consultant, employerId, TestData.need());
        assertThat(matchedCitizens(needId)).contains(citizenId);
        assertThat(matchedNeeds(citizenId)).contains(needId, sibling);
        String id = propose(needId, Map.of("citizenId", citizenId)).path("id");
        String employer = api.employerLogin(consultant, employerId, "virk-" + UUID.randomUUID());

        answer(employer, id, Map.of("decision", "DECLINED", "reasonCode", "TASKS_NOT_SUITABLE")).then()
                .statusCode(200);

        assertThat(matchedCitizens(needId)).doesNotContain(citizenId);
        assertThat(matchedNeeds(citizenId)).doesNotContain(needId).contains(sibling);
        assertThat(matchedCitizens(sibling)).contains(citizenId);
        String before = tables.writeFootprint();
        assertField(propose(needId, Map.of("citizenId", citizenId)), "citizenId", "declined this citizen");
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    // ---- inProcess and ranking ------------------------------------------------------------------------

    @Test
    void aCitizenWithAnOpenIntroductionOrAnAgreementElsewhereIsInProcessAndRanksBelowAnEqualOne() {
        String unique = "tagdækning" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> need = TestData.need("Tagarbejde", Map.of("title", "Tagrender", "hoursPerWeek", 8,
                "competences", List.of(unique), "capacity", 10));
        String roofing = api.createNeed(consultant, employerId, need);
        // Room in their week for an agreement elsewhere and this need's 8 hours beside it.
        Map<String, Object> profile = TestData.citizen("tag", unique);
        profile.put("hoursPerWeek", Map.of("min", 6, "max", 20));
        profile.put("externalRef", TestData.randomExternalRef());
        String first = api.createCitizen(consultant, profile);
        profile.put("externalRef", TestData.randomExternalRef());
        String second = api.createCitizen(consultant, profile);
        List<Map<String, Object>> before = matches(roofing);
        assertThat(before).filteredOn(m -> List.of(first, second).contains(m.get("citizenId")))
                .extracting(m -> m.get("inProcess")).containsExactly(false, false);
        String leader = (String) before.getFirst().get("citizenId");
        String runnerUp = leader.equals(first) ? second : first;
        assertThat(before.get(1).get("citizenId")).isEqualTo(runnerUp);

        // The leader is introduced elsewhere: same score, now below the runner-up.
        propose(needId, Map.of("citizenId", leader)).then().statusCode(201);
        List<Map<String, Object>> after = matches(roofing);
        assertThat(after.subList(0, 2)).extracting(m -> m.get("citizenId") + " " + m.get("inProcess"))
                .containsExactly(runnerUp + " false", leader + " true");
        assertThat(after.get(1).get("score")).isEqualTo(before.get(0).get("score"));

        // An agreement holding the runner-up's hours elsewhere puts them in process too.
        api.draftAgreement(consultant, runnerUp, roomyNeed(), LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        assertThat(matches(roofing)).filteredOn(m -> runnerUp.equals(m.get("citizenId")))
                .extracting(m -> m.get("inProcess")).containsExactly(true);
        List<Map<String, Object>> fromCitizen = api.as(consultant).get("/api/v1/citizens/" + leader + "/matches")
                .then().statusCode(200).extract().path("results");
        assertThat(fromCitizen).isNotEmpty().allSatisfy(m -> assertThat(m.get("inProcess")).isEqualTo(true));
    }

    // ---- agreements from introductions --------------------------------------------------------------

    @Test
    void anAcceptedIntroductionBecomesOneAgreementDraft() {
        String citizenId = citizen();
        String id = propose(needId, Map.of("citizenId", citizenId)).path("id");
        String start = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        String before = tables.writeFootprint();
        assertField(draft(Map.of("introductionId", id, "startDate", start)), "introductionId", "must be ACCEPTED");
        assertField(draft(Map.of("introductionId", "no-such", "startDate", start)), "introductionId",
                "no such introduction");
        assertField(draft(Map.of("startDate", start)), "needId", "is required unless introductionId");
        assertThat(tables.writeFootprint()).isEqualTo(before);

        answer(consultant, id, Map.of("decision", "ACCEPTED")).then().statusCode(200);
        before = tables.writeFootprint();
        assertField(draft(Map.of("introductionId", id, "needId", roomyNeed(), "startDate", start)), "needId",
                "introduction's need");
        assertField(draft(Map.of("introductionId", id, "citizenId", citizen(), "startDate", start)), "citizenId",
                "introduction's citizen");
        assertField(draft(Map.of("introductionId", id, "taskIds", List.of(landfillTaskId), "startDate", start)),
                "taskIds", "introduction's tasks");
        before = tables.writeFootprint();

        Response created = draft(Map.of("introductionId", id, "needId", needId, "startDate", start));
        created.then().statusCode(201).body("citizenId", equalTo(citizenId)).body("needId", equalTo(needId))
                .body("tasks.taskId", equalTo(List.of(cleanUpTaskId))).body("status", equalTo("DRAFT"));
        String agreementId = created.path("id");
        api.as(consultant).get("/api/v1/needs/" + needId + "/introductions").then()
                .body("items[0].agreementId", equalTo(agreementId));
        String afterOne = tables.writeFootprint();
        draft(Map.of("introductionId", id, "startDate", start)).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(afterOne).isNotEqualTo(before);

        // Thrown away, the draft frees the introduction for a new one.
        api.as(consultant).delete("/api/v1/agreements/" + agreementId).then().statusCode(204);
        draft(Map.of("introductionId", id, "startDate", start)).then().statusCode(201);
    }

    @Test
    void theVocabularyNamesTheDeclineReasonsInDanish() {
        api.as(consultant).get("/api/v1/vocabularies").then().statusCode(200)
                .body("declineReasons.code", hasItem("NO_TIME_TO_TRAIN"))
                .body("declineReasons.find { it.code == 'HOURS_DO_NOT_FIT' }.label", equalTo("timerne passer ikke"));
    }

    @Test
    void theChangeFeedAnnouncesAProposalAndItsAnswer() {
        // The webhook deliveries fed from these changes are checked in WebhookApiTest.
        String integration = api.integration();
        String cursor = api.changeFeedEnd(integration);
        String id = propose(needId, Map.of("citizenId", citizen())).path("id");
        answer(consultant, id, Map.of("decision", "ACCEPTED")).then().statusCode(200);

        List<Map<String, Object>> changes = api.changesAfter(integration, cursor).stream()
                .filter(change -> id.equals(change.get("entityId"))).toList();
        assertThat(changes).extracting(c -> c.get("entityType") + " " + c.get("operation") + " " + c.get("detail"))
                .containsExactly("introduction CREATED INTRODUCTION_PROPOSED", "introduction UPDATED INTRODUCTION_ACCEPTED");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Response propose(String need, Map<String, Object> body) {
        return api.as(consultant).body(body).post("/api/v1/needs/" + need + "/introductions");
    }

    private Response answer(String token, String id, Map<String, Object> body) {
        return api.as(token).body(body).post("/api/v1/introductions/" + id + "/response");
    }

    private Response draft(Map<String, Object> body) {
        return api.as(consultant).body(body).post("/api/v1/agreements");
    }

    private static void assertField(Response response, String field, String message) {
        response.then().statusCode(422).contentType("application/problem+json");
        List<Map<String, String>> errors = response.path("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo(field);
            assertThat(e.get("message")).contains(message);
        });
    }

    private String citizen() {
        return api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }

    /** The example need with room for many agreements, so holds never get in the way. */
    private String roomyNeed() {
        Map<String, Object> need = TestData.need();
        ((List<Map<String, Object>>) need.get("tasks")).forEach(task -> task.put("capacity", 100));
        return api.createNeed(consultant, employerId, need);
    }

    private List<Map<String, Object>> matches(String need) {
        return api.as(consultant).get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200)
                .extract().path("results");
    }

    private List<String> matchedCitizens(String need) {
        return api.as(consultant).get("/api/v1/needs/" + need + "/matches?limit=100").then().statusCode(200)
                .extract().path("results.citizenId");
    }

    private List<String> matchedNeeds(String citizenId) {
        return api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=100").then().statusCode(200)
                .extract().path("results.needId");
    }
}
