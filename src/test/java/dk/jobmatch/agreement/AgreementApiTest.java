package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A Thisted-like warehouse case: 9 h/week at 75 % growing towards 12 h/week at 85 %. */
@ServerTest
class AgreementApiTest extends ApiTestSupport {

    String employerId;
    String needId;
    List<String> taskIds;
    String citizenId;

    @BeforeEach
    void setUp() {
        Map<String, Object> employer = TestData.employer("Lager Thy " + UUID.randomUUID(), TestData.randomCvr());
        employer.put("location", Map.of("postcode", "7700", "city", "Thisted", "lat", 56.957, "lon", 8.694));
        employerId = api.as(consultant).body(employer).post("/api/v1/employers").then().statusCode(201).extract().path("id");
        Map<String, Object> need = TestData.need("Lagerhjælp", TestData.task("Plukning af varer", 6, "plukning"),
                TestData.task("Pakning af ordrer", 3, "pakning"), TestData.task("Oprydning på lageret", 3, "oprydning"));
        need.put("nonNegotiables", List.of());
        need.put("placementType", "TRAENING");
        needId = api.createNeed(consultant, employerId, need);
        taskIds = api.as(consultant).get("/api/v1/needs/" + needId).path("tasks.id");
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 12));
        citizen.put("location", Map.of("postcode", "7700", "lat", 56.95, "lon", 8.70));
        citizen.put("accommodationNotes", "Ryg: max 10 kg. <b>Pauser</b> efter behov.");
        citizenId = api.createCitizen(consultant, citizen);
    }

    @Test
    void draftHasEveryPartOfAnArbejdsaftale() {
        ExtractableResponse<Response> created = create(LocalDate.of(2026, 12, 1), taskIds.subList(0, 2));

        assertThat(created.header("Location")).endsWith("/api/v1/agreements/" + created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonPath a = created.jsonPath();
        assertThat(a.getString("status")).isEqualTo("DRAFT");
        assertThat(a.getInt("version")).isEqualTo(1);
        assertThat(a.getString("placementType")).isEqualTo("TRAENING");
        assertThat(a.getString("purpose")).startsWith("Træning af arbejdsevne");
        assertThat(a.getDouble("hoursPerWeek")).isEqualTo(9.0);
        assertThat(a.getInt("effectivenessPercent")).isEqualTo(75);
        assertThat(a.getList("tasks.title")).containsExactly("Plukning af varer", "Pakning af ordrer");
        // træning is virksomhedspraktik, also for a flexjob citizen (AgreementHourTypesApiTest has the other defaults)
        assertThat(a.getList("tasks.hourType")).containsOnly("PRAKTIK");
        assertThat(a.getList("tasks.paid")).containsOnly(false);
        assertThat(a.getList("progression.hoursPerWeek", Double.class)).containsExactly(10.5, 12.0);
        assertThat(a.getList("progression.effectivenessPercent")).containsExactly(80, 85);
        assertThat(a.getList("progression.dueDate")).containsExactly("2027-01-12", "2027-02-23");
        assertThat(a.getList("accommodationText", String.class)).contains(
                "Borgeren løfter ikke tungt; tunge løft klares af kolleger eller med hjælpemidler.",
                "Borgerens egne bemærkninger: Ryg: max 10 kg. <b>Pauser</b> efter behov.");
        assertThat(a.getInt("followUp.cadenceDays")).isEqualTo(14);
        assertThat(a.getString("followUp.nextDate")).isEqualTo("2026-12-15");
        assertThat(a.getList("followUp.companyVisits")).hasSize(4);
        assertThat(a.getString("contactPerson.name")).isEqualTo("Lars Jensen");
        assertThat(a.getString("consultant.name")).isEqualTo("consultant");
        assertThat(a.getString("reassessmentDate")).isEqualTo("2027-03-01");
        assertThat(a.getList("goals.text", String.class)).contains("Arbejder 12 timer om ugen med 85 % effektivitet.");
    }

    @Test
    void withoutChosenTasksTheMatchersBundleIsUsed() {
        JsonPath a = create(LocalDate.of(2026, 12, 1), null).jsonPath();
        assertThat(a.getDouble("hoursPerWeek")).isEqualTo(12.0);
        assertThat(a.getList("tasks")).hasSize(3);
    }

    @Test
    void impossibleOrInvalidRequestsStoreNothing() {
        Map<String, Object> lifting = TestData.need("Tunge løft", TestData.task("Læsse paller", 8, "lager"));
        lifting.put("nonNegotiables", List.of());
        lifting.put("tasks", List.of(withDemands(TestData.task("Læsse paller", 8, "lager"), "HEAVY_LIFTING"),
                TestData.task("Oprydning", 2, "oprydning")));
        String liftingNeed = api.createNeed(consultant, employerId, lifting);
        List<String> liftingTasks = api.as(consultant).get("/api/v1/needs/" + liftingNeed).path("tasks.id");
        long agreements = tables.count("agreement");

        api.as(consultant).body(request(liftingNeed, LocalDate.of(2026, 12, 1), List.of(liftingTasks.getFirst())))
                .post("/api/v1/agreements").then().statusCode(422).body("errors[0].field", equalTo("taskIds"));
        api.as(consultant).body(request(needId, LocalDate.of(2026, 12, 1), List.of(UUID.randomUUID().toString())))
                .post("/api/v1/agreements").then().statusCode(422);
        Map<String, Object> tooManyHours = request(needId, LocalDate.of(2026, 12, 1), taskIds.subList(0, 2));
        tooManyHours.put("hoursPerWeek", 11);
        api.as(consultant).body(tooManyHours).post("/api/v1/agreements").then().statusCode(422);
        Map<String, Object> noStart = request(needId, LocalDate.of(2026, 12, 1), null);
        noStart.remove("startDate");
        api.as(consultant).body(noStart).post("/api/v1/agreements").then().statusCode(422);
        Map<String, Object> unknownCitizen = request(needId, LocalDate.of(2026, 12, 1), null);
        unknownCitizen.put("citizenId", UUID.randomUUID().toString());
        api.as(consultant).body(unknownCitizen).post("/api/v1/agreements").then().statusCode(404);

        assertThat(tables.count("agreement")).isEqualTo(agreements);
        assertThat(tables.count("agreement_version")).isEqualTo(tables.count("agreement"));
    }

    @Test
    void editsAreVersionsApprovalsBelongToAVersionAndStaleEditsConflict() {
        String id = create(LocalDate.of(2026, 12, 1), taskIds.subList(0, 2)).path("id");
        String employer = api.employerLogin(consultant, employerId, "thy-" + UUID.randomUUID());

        Map<String, Object> edit = editOf(id, 1);
        edit.put("purpose", "Træning med henblik på fast fleksjob.");
        api.as(consultant).body(edit).put("/api/v1/agreements/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        api.as(consultant).get("/api/v1/agreements/" + id + "/versions/1")
                .then().statusCode(200).body("purpose", org.hamcrest.Matchers.startsWith("Træning af arbejdsevne"));
        api.as(consultant).get("/api/v1/agreements/" + id + "/versions/3").then().statusCode(404);

        approve(consultant, id, "CITIZEN").body("status", equalTo("DRAFT"));
        approve(consultant, id, "CONSULTANT").body("status", equalTo("DRAFT"));
        approve(employer, id, "EMPLOYER").body("status", equalTo("ACTIVE")).body("approvals", hasSize(3));

        api.as(consultant).body(editOf(id, 2)).put("/api/v1/agreements/" + id)
                .then().statusCode(200).body("version", equalTo(3)).body("status", equalTo("ACTIVE"))
                .body("inForceVersion", equalTo(2)).body("approvals", empty());
        long versions = tables.count("agreement_version");
        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        // A stale If-Match is a failed precondition (412), whatever the body says.
        api.as(consultant).header("If-Match", "\"2\"").body(editOf(id, 3)).put("/api/v1/agreements/" + id)
                .then().statusCode(412);
        api.as(consultant).header("If-Match", "\"3\"").body(edit).put("/api/v1/agreements/" + id)
                .then().statusCode(409);

        Map<String, Object> decreasing = editOf(id, 3);
        decreasing.put("progression", List.of(Map.of("dueDate", "2027-01-12", "hoursPerWeek", 8, "effectivenessPercent", 70)));
        api.as(consultant).body(decreasing).put("/api/v1/agreements/" + id).then().statusCode(422)
                .body("errors.field", contains("progression[0].hoursPerWeek", "progression[0].effectivenessPercent"));
        assertThat(tables.count("agreement_version")).isEqualTo(versions);
    }

    @Test
    void documentIsReadableAsDanishHtmlAndPdf() throws IOException {
        String id = create(LocalDate.of(2026, 12, 1), taskIds.subList(0, 2)).path("id");

        String html = api.as(consultant).accept("text/html").get("/api/v1/agreements/" + id)
                .then().statusCode(200).contentType("text/html").extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("html").attr("lang")).isEqualTo("da");
        assertThat(page.select("meta[name=viewport]")).hasSize(1);
        assertThat(page.select("h2").eachText()).containsExactly("Parter", "Formål", "Start og timer",
                "Arbejdsopgaver", "Skånehensyn", "Mål og delmål", "Progression", "Opfølgning", "Underskrifter");
        assertThat(page.select("#underskrifter tbody tr")).hasSize(3);
        assertThat(page.text()).contains("Borgerens egne bemærkninger: Ryg: max 10 kg. <b>Pauser</b> efter behov.");
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select(".sub").text()).isEqualTo("Version 1 · Udkast");
        assertThat(page.select(".note")).as("a draft is no version in force yet").isEmpty();
        Element followUp = page.select("section:has(h2:containsOwn(Opfølgning))").first();
        assertThat(followUp.select("p").eachText()).containsExactly(
                "Konsulenten har kontakt med borger og virksomhed hver 14. dag (telefonsamtale, videosamtale eller"
                        + " møde i jobcentret); første opfølgning 15. december 2026.",
                "Besøg på arbejdspladsen (4 planlagt): 15. december 2026, 26. januar 2027, 9. marts 2027 og"
                        + " 20. april 2027.",
                "Efter ansættelse følger efterværn: konsulenten følger op 2, 6, 12 og 26 uger efter ansættelsen.",
                "Går noget galt, kontaktes virksomhedskonsulenten med det samme.");
        assertThat(followUp.select("tbody tr").eachText()).containsExactly(
                "15. december 2026 Opfølgning (telefonsamtale, videosamtale eller møde i jobcentret)",
                "15. december 2026 Besøg på arbejdspladsen", "26. januar 2027 Besøg på arbejdspladsen",
                "9. marts 2027 Besøg på arbejdspladsen", "20. april 2027 Besøg på arbejdspladsen");

        byte[] pdf = api.as(consultant).accept("application/pdf").get("/api/v1/agreements/" + id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = PdfText.of(pdf);
        assertThat(text).contains("Arbejdsaftale", "Parter", "Skånehensyn", "Mål og delmål",
                "Progression", "Opfølgning", "Underskrifter", "Plukning af varer", "løfter ikke tungt",
                "Besøg på arbejdspladsen", "telefonsamtale", "efterværn");
    }

    @Test
    void followUpsAreComparedWithThePlan() {
        LocalDate start = LocalDate.now().minusDays(100);
        String id = create(start, taskIds.subList(0, 2)).path("id");
        api.as(consultant).body(Map.of("date", start.plusDays(10).toString(), "actualHoursPerWeek", 9))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(409);
        activate(id);

        api.as(consultant).body(Map.of("date", start.plusDays(45).toString(), "actualHoursPerWeek", 9,
                        "effectivenessPercent", 75, "who5", 52, "notes", "Godt i gang, lidt træt om fredagen"))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201).body("who5", equalTo(52));
        api.as(consultant).get("/api/v1/agreements/" + id + "/progress").then().statusCode(200)
                .body("clauses.state", contains("BEHIND", "NO_FOLLOW_UP"))
                .body("behindPlan", equalTo(true))
                .body("dueForFollowUp", equalTo(true));

        api.as(consultant).body(Map.of("date", LocalDate.now().toString(), "actualHoursPerWeek", 12, "effectivenessPercent", 85))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
        api.as(consultant).get("/api/v1/agreements/" + id + "/progress").then().statusCode(200)
                .body("clauses.state", contains("BEHIND", "MET"))
                .body("clauses[1].actualHoursPerWeek", equalTo(12.0f))
                .body("dueForFollowUp", equalTo(false))
                .body("lastFollowUpDate", equalTo(LocalDate.now().toString()));
        api.as(consultant).body(Map.of("date", LocalDate.now().toString(), "actualHoursPerWeek", -1))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(422);
    }

    @Test
    void eventsChangeTheCourse() {
        String id = create(LocalDate.of(2026, 12, 1), taskIds.subList(0, 2)).path("id");
        api.as(consultant).body(Map.of("type", "HIRED", "date", "2027-01-05")).post("/api/v1/agreements/" + id + "/events")
                .then().statusCode(409);
        activate(id);

        api.as(consultant).body(Map.of("type", "HOURS_REDUCED", "date", "2027-01-05", "reason", "Sygdom i familien"))
                .post("/api/v1/agreements/" + id + "/events").then().statusCode(201).body("type", equalTo("HOURS_REDUCED"));
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("status", equalTo("ACTIVE"));
        api.as(consultant).body(Map.of("type", "HIRED", "date", "2027-03-01")).post("/api/v1/agreements/" + id + "/events")
                .then().statusCode(201);
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("status", equalTo("HIRED"));
        Element followUp = Jsoup.parse(api.as(consultant).accept("text/html").get("/api/v1/agreements/" + id)
                .then().statusCode(200).extract().asString()).select("section:has(h2:containsOwn(Opfølgning))").first();
        assertThat(followUp.text()).contains("Borgeren blev ansat 1. marts 2027. Efterværn: konsulenten følger op"
                + " 2, 6, 12 og 26 uger efter, 15. marts 2027, 12. april 2027, 24. maj 2027 og 30. august 2027.");
        assertThat(followUp.select("tbody tr").eachText()).containsSubsequence("15. marts 2027 Efterværn, 2 uger efter",
                "12. april 2027 Efterværn, 6 uger efter", "24. maj 2027 Efterværn, 12 uger efter",
                "30. august 2027 Efterværn, 26 uger efter");
        api.as(consultant).body(editOf(id, 1)).put("/api/v1/agreements/" + id).then().statusCode(409);
        approve(consultant, id, "CITIZEN").statusCode(409);
        api.as(consultant).body(Map.of("type", "PROMOTED", "date", "2027-03-01")).post("/api/v1/agreements/" + id + "/events")
                .then().statusCode(422);
    }

    @Test
    void employersSeeAndApproveOnlyTheirOwn() {
        String id = create(LocalDate.of(2026, 12, 1), taskIds.subList(0, 2)).path("id");
        String employer = api.employerLogin(consultant, employerId, "thy-" + UUID.randomUUID());
        String otherEmployer = api.createEmployer(consultant, "Anden " + UUID.randomUUID(), TestData.randomCvr());
        String stranger = api.employerLogin(consultant, otherEmployer, "anden-" + UUID.randomUUID());

        api.as(employer).get("/api/v1/agreements/" + id).then().statusCode(200);
        api.as(employer).get("/api/v1/agreements/" + id + "/progress").then().statusCode(200);
        approve(employer, id, "CITIZEN").statusCode(403);
        api.as(employer).body(editOf(id, 1)).put("/api/v1/agreements/" + id).then().statusCode(403);
        api.as(employer).body(request(needId, LocalDate.of(2026, 12, 1), null)).post("/api/v1/agreements").then().statusCode(403);
        api.as(stranger).get("/api/v1/agreements/" + id).then().statusCode(404);
        approve(stranger, id, "EMPLOYER").statusCode(404);
        api.as(api.integration()).get("/api/v1/agreements/" + id).then().statusCode(403);
        api.anonymous().get("/api/v1/agreements/" + id).then().statusCode(401);
    }

    @Test
    void readsAreAuditedAndErasingTheCitizenErasesTheAgreement() {
        String id = create(LocalDate.of(2026, 12, 1), taskIds.subList(0, 2)).path("id");
        api.as(consultant).accept("application/pdf").get("/api/v1/agreements/" + id).then().statusCode(200);
        api.as(api.admin()).queryParam("citizenId", citizenId).get("/api/v1/admin/audit")
                .then().body("items[0].endpoint", equalTo("GET /api/v1/agreements/{agreementId}"));
        api.as(consultant).delete("/api/v1/needs/" + needId).then().statusCode(409).contentType("application/problem+json");

        api.as(consultant).delete("/api/v1/citizens/" + citizenId).then().statusCode(204);

        api.as(consultant).get("/api/v1/agreements/" + id).then().statusCode(404);
        for (String table : List.of("agreement", "agreement_version", "agreement_approval")) {
            assertThat(tables.count(table + " WHERE " + (table.equals("agreement") ? "id" : "agreement_id")
                    + " = '" + id + "'")).as(table).isZero();
        }
    }

    private ExtractableResponse<Response> create(LocalDate start, List<String> tasks) {
        return api.as(consultant).body(request(needId, start, tasks)).post("/api/v1/agreements")
                .then().statusCode(201).extract();
    }

    private Map<String, Object> request(String need, LocalDate start, List<String> tasks) {
        Map<String, Object> request = new HashMap<>(Map.of("citizenId", citizenId, "needId", need,
                "startDate", start.toString()));
        if (tasks != null) {
            request.put("taskIds", tasks);
        }
        return request;
    }

    /** The current content sent back as an edit of {@code version}. */
    private Map<String, Object> editOf(String id, int version) {
        Map<String, Object> edit = api.agreementEdit(consultant, id);
        edit.put("version", version);
        return edit;
    }

    private io.restassured.response.ValidatableResponse approve(String token, String id, String party) {
        return api.as(token).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals").then();
    }

    private void activate(String id) {
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            approve(consultant, id, party).statusCode(200);
        }
    }

    private static Map<String, Object> withDemands(Map<String, Object> task, String... demands) {
        task.put("demands", List.of(demands));
        return task;
    }
}
