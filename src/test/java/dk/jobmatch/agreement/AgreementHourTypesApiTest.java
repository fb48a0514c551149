package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The kombi model: hour types per agreement task (PRAKTIK, LOENTIMER, FLEKSJOB, LOENTILSKUD),
 * clauses that move hours from praktik to pay, and the split in the document. Each agreement gets
 * its own need and citizen, so no two agreements compete for the same task or hours.
 */
@ServerTest
class AgreementHourTypesApiTest extends ApiTestSupport {

    @Inject
    DataSource injected;

    String employerId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Lager Nord " + UUID.randomUUID(), TestData.randomCvr());
    }

    @ParameterizedTest(name = "{0} for a {1} citizen: {2}")
    @CsvSource({
            "AFKLARING, FLEKSJOB, PRAKTIK, false",
            "TRAENING, FLEKSJOB, PRAKTIK, false",
            "TRAENING, AKTIVITETSPARAT, PRAKTIK, false",
            "REKRUTTERING, FLEKSJOB, FLEKSJOB, true",
            "REKRUTTERING, JOBPARAT, PRAKTIK, false",
            "ORDINARY, FLEKSJOB, FLEKSJOB, true",
            "ORDINARY, JOBPARAT, LOENTIMER, true"})
    void draftsStartFromThePlacementTypeAndTheTargetGroup(String placement, String targetGroup, String hourType,
                                                          boolean paid) {
        JsonPath a = api.as(consultant).get("/api/v1/agreements/" + draft(placement, targetGroup))
                .then().statusCode(200).extract().jsonPath();

        assertThat(a.getList("tasks.hourType")).containsExactly(hourType, hourType);
        assertThat(a.getList("tasks.paid")).containsExactly(paid, paid);
        List<Double> hours = a.getList("progression.hoursPerWeek", Double.class);
        assertThat(hours).containsExactly(10.5, 12.0);
        // Nothing is planned to move to pay by itself: a paid job is paid throughout, praktik stays praktik.
        assertThat(a.getList("progression.paidHoursPerWeek", Double.class))
                .containsExactlyElementsOf(paid ? hours : List.of(0.0, 0.0));
    }

    @Test
    void anEditMovesHoursFromPraktikToPayAndTheDocumentShowsTheSplit() throws IOException {
        String id = draft("TRAENING", "AKTIVITETSPARAT");
        Map<String, Object> edit = api.agreementEdit(consultant, id);
        List<Map<String, Object>> tasks = tasks(edit);
        tasks.get(1).remove("paid"); // hourType alone is enough; paid follows from it
        tasks.get(1).put("hourType", "LOENTILSKUD");
        List<Map<String, Object>> clauses = clauses(edit);
        clauses.get(0).put("paidHoursPerWeek", 3);
        clauses.get(1).put("paidHoursPerWeek", 6);

        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200)
                .body("version", equalTo(2))
                .body("tasks.hourType", contains("PRAKTIK", "LOENTILSKUD"))
                .body("tasks.paid", contains(false, true))
                .body("progression.paidHoursPerWeek", contains(3.0f, 6.0f));
        api.as(consultant).get("/api/v1/agreements/" + id + "/versions/1").then().statusCode(200)
                .body("tasks.hourType", contains("PRAKTIK", "PRAKTIK"))
                .body("progression.paidHoursPerWeek", contains(0.0f, 0.0f));

        Document page = Jsoup.parse(api.as(consultant).accept("text/html").get("/api/v1/agreements/" + id)
                .then().statusCode(200).extract().asString());
        Element tasksSection = page.select("section:has(h2:containsOwn(Arbejdsopgaver))").first();
        assertThat(tasksSection.select("th").eachText()).containsExactly("Opgave", "Timer om ugen", "Timetype");
        assertThat(tasksSection.select("tbody tr").eachText()).containsExactly(
                "Lagerarbejde 6 Virksomhedspraktik (ulønnet)", "Kørsel med varer 3 Løntilskud");
        assertThat(tasksSection.text()).contains("Kombi-model: praktikopgaver og lønnede opgaver.",
                "Timer om ugen pr. timetype: virksomhedspraktik (ulønnet) 6, løntilskud 3.");
        Element progression = page.select("section:has(h2:containsOwn(Progression))").first();
        assertThat(progression.select("th").eachText()).containsExactly("Fra", "Timer om ugen", "Praktiktimer",
                "Løntimer", "Effektivitet", "Beskrivelse");
        assertThat(progression.select("tbody tr").stream().map(r -> r.select("td").eachText().subList(1, 4)).toList())
                .containsExactly(List.of("10,5", "7,5", "3"), List.of("12", "6", "6"));
        assertThat(progression.text()).contains("løntimer er timer med løn (løntilskud)");

        String pdf = pdfText(id);
        assertThat(pdf).contains("Timetype", "Virksomhedspraktik (ulønnet)", "Løntilskud", "Praktiktimer",
                "Løntimer", "Kombi-model", "løntimer er timer med løn (løntilskud)");
    }

    @Test
    void aClientSendingOnlyPaidKeepsThePaidHourTypeAndGetsTheSplitFromTheTasks() {
        String id = draft("REKRUTTERING", "FLEKSJOB");
        Map<String, Object> edit = api.agreementEdit(consultant, id);
        List<Map<String, Object>> tasks = tasks(edit);
        tasks.forEach(t -> t.remove("hourType")); // a v1 client sends back only what it knows
        tasks.get(1).put("paid", false);
        clauses(edit).forEach(c -> c.remove("paidHoursPerWeek"));

        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200)
                .body("tasks.hourType", contains("FLEKSJOB", "PRAKTIK"))
                .body("tasks.paid", contains(true, false))
                // the paid task's 6 hours are paid in every step; the rest is praktik
                .body("progression.paidHoursPerWeek", contains(6.0f, 6.0f));

        Map<String, Object> again = api.agreementEdit(consultant, id);
        tasks(again).get(1).remove("hourType");
        tasks(again).get(1).put("paid", true); // praktik turned paid without a type: ordinary paid hours
        api.as(consultant).body(again).put("/api/v1/agreements/" + id).then().statusCode(200)
                .body("tasks.hourType", contains("FLEKSJOB", "LOENTIMER"));
    }

    @Test
    void badHourTypesAndPaidHoursAre422WithTheFieldAndStoreNothing() {
        String id = draft("TRAENING", "AKTIVITETSPARAT");
        Map<String, Object> unknown = api.agreementEdit(consultant, id);
        tasks(unknown).get(1).put("hourType", "VIKARTIMER");
        Map<String, Object> contradicting = api.agreementEdit(consultant, id);
        tasks(contradicting).get(0).put("paid", true); // still PRAKTIK
        Map<String, Object> neither = api.agreementEdit(consultant, id);
        tasks(neither).get(1).remove("paid");
        tasks(neither).get(1).remove("hourType");
        Map<String, Object> tooManyPaid = api.agreementEdit(consultant, id);
        clauses(tooManyPaid).get(1).put("paidHoursPerWeek", 12.5); // the clause has 12 hours
        Map<String, Object> fewerPaid = api.agreementEdit(consultant, id);
        clauses(fewerPaid).get(0).put("paidHoursPerWeek", 4);
        clauses(fewerPaid).get(1).put("paidHoursPerWeek", 2);
        Map<String, Object> negative = api.agreementEdit(consultant, id);
        clauses(negative).get(0).put("paidHoursPerWeek", -1);
        String footprint = tables.writeFootprint(); // reading the edits above is audited, so counted after

        // A code outside the vocabulary fails while reading the body; its full path is found again in
        // the body (common/ReadErrors.locate, as for every code, see NeedApiTest's unknown demand).
        api.as(consultant).body(unknown).put("/api/v1/agreements/" + id).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("tasks[1].hourType"))
                .body("errors.message", contains("unknown code 'VIKARTIMER'"));
        api.as(consultant).body(contradicting).put("/api/v1/agreements/" + id).then().statusCode(422)
                .body("errors.field", contains("tasks[0].paid"));
        api.as(consultant).body(neither).put("/api/v1/agreements/" + id).then().statusCode(422)
                .body("errors.field", contains("tasks[1].hourType"));
        api.as(consultant).body(tooManyPaid).put("/api/v1/agreements/" + id).then().statusCode(422)
                .body("errors.field", contains("progression[1].paidHoursPerWeek"));
        api.as(consultant).body(fewerPaid).put("/api/v1/agreements/" + id).then().statusCode(422)
                .body("errors.field", contains("progression[1].paidHoursPerWeek"));
        api.as(consultant).body(negative).put("/api/v1/agreements/" + id).then().statusCode(422)
                .body("errors.field", contains("progression[0].paidHoursPerWeek"));

        assertThat(tables.writeFootprint()).isEqualTo(footprint);
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("version", equalTo(1));
    }

    @Test
    void versionsStoredBeforeHourTypesReadWithTypesFromPaid() throws SQLException {
        String paidId = draft("ORDINARY", "FLEKSJOB");
        String praktikId = draft("TRAENING", "FLEKSJOB");
        for (String id : List.of(paidId, praktikId)) {
            String stored = storedContent(id);
            String old = stored.replaceAll(",\"hourType\":\"[A-Z]+\"", "").replaceAll(",\"paidHoursPerWeek\":[0-9.]+", "");
            assertThat(old).doesNotContain("hourType", "paidHoursPerWeek").contains("\"paid\":");
            store(id, old);
        }

        // A paid task of an old version said "Løntimer" in its document, so it reads as LOENTIMER.
        api.as(consultant).get("/api/v1/agreements/" + paidId).then().statusCode(200)
                .body("tasks.hourType", contains("LOENTIMER", "LOENTIMER"))
                .body("tasks.paid", contains(true, true))
                .body("progression.paidHoursPerWeek", contains(10.5f, 12.0f));
        api.as(consultant).get("/api/v1/agreements/" + praktikId).then().statusCode(200)
                .body("tasks.hourType", contains("PRAKTIK", "PRAKTIK"))
                .body("progression.paidHoursPerWeek", contains(0.0f, 0.0f));
        assertThat(api.as(consultant).accept("text/html").get("/api/v1/agreements/" + paidId)
                .then().statusCode(200).extract().asString()).contains("Ordinære løntimer");
        // and an edit of the old version is an ordinary edit
        api.as(consultant).body(api.agreementEdit(consultant, praktikId)).put("/api/v1/agreements/" + praktikId)
                .then().statusCode(200).body("tasks.hourType", contains("PRAKTIK", "PRAKTIK"));
    }

    /** A draft over both tasks of a new need: 9 h/week growing to 12 in two steps. */
    private String draft(String placementType, String targetGroup) {
        Map<String, Object> need = TestData.need("Lager og kørsel", TestData.task("Lagerarbejde", 6, "lagerarbejde"),
                TestData.task("Kørsel med varer", 3, "kørsel"));
        need.put("placementType", placementType);
        String needId = api.createNeed(consultant, employerId, need);
        List<String> taskIds = api.as(consultant).get("/api/v1/needs/" + needId).path("tasks.id");
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("targetGroup", targetGroup);
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 12));
        String citizenId = api.createCitizen(consultant, citizen);
        return api.as(consultant).body(Map.of("citizenId", citizenId, "needId", needId, "startDate", "2026-12-01",
                "taskIds", taskIds)).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
    }

    /** The edit's tasks as mutable maps (the edit's lists come straight from the parsed response). */
    private static List<Map<String, Object>> tasks(Map<String, Object> edit) {
        return mutable(edit, "tasks");
    }

    private static List<Map<String, Object>> clauses(Map<String, Object> edit) {
        return mutable(edit, "progression");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mutable(Map<String, Object> edit, String field) {
        if (!(edit.get(field) instanceof ArrayList<?> list && list.stream().allMatch(HashMap.class::isInstance))) {
            List<Map<String, Object>> copy = new ArrayList<>();
            ((List<Map<String, Object>>) edit.get(field)).forEach(m -> copy.add(new HashMap<>(m)));
            edit.put(field, copy);
        }
        return (List<Map<String, Object>>) edit.get(field);
    }

    private String pdfText(String id) throws IOException {
        byte[] pdf = api.as(consultant).accept("application/pdf").get("/api/v1/agreements/" + id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        return PdfText.of(pdf);
    }

    private String storedContent(String agreementId) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(injected).getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT content FROM agreement_version WHERE agreement_id = ? AND version = 1")) {
            select.setString(1, agreementId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void store(String agreementId, String content) throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(injected).getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE agreement_version SET content = ? WHERE agreement_id = ? AND version = 1")) {
            update.setString(1, content);
            update.setString(2, agreementId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
