package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.AtOnce;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Editing an ACTIVE agreement is an amendment: the citizen is still at work under the approved
 * version, which stays in force (follow-ups and progress keep working) until all three approve.
 */
@ServerTest
class AmendmentApiTest extends ApiTestSupport {

    @Test
    void anAmendmentAwaitsApprovalWhileTheApprovedVersionStaysInForce() {
        String employerId = api.createEmployer(consultant, "Ændring " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        // Started a month ago, so a follow-up today lies between the start date and today.
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(30);
        String id = api.draftAgreement(consultant, citizenId, needId, start.toString());
        api.as(consultant).get("/api/v1/agreements/" + id).then().body("inForceVersion", nullValue());
        approveByAll(id);
        api.as(consultant).get("/api/v1/agreements/" + id).then()
                .body("status", equalTo("ACTIVE")).body("version", equalTo(1)).body("inForceVersion", equalTo(1));
        List<Object> planInForce = api.as(consultant).get("/api/v1/agreements/" + id + "/progress").path("clauses");

        Map<String, Object> edit = api.agreementEdit(consultant, id);
        edit.put("purpose", "Flere timer med pakning, aftalt med virksomheden.");
        edit.put("progression", List.of());
        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("version", equalTo(2)).body("inForceVersion", equalTo(1))
                .body("approvals", empty());
        Document document = Jsoup.parse(api.as(consultant).accept("text/html").get("/api/v1/agreements/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").extract().asString());
        assertThat(document.select(".sub").text()).as("the document is the version in force").isEqualTo("Version 1 · Aktiv");
        assertThat(document.select(".note").eachText()).containsExactly(
                "Dette er version 1, den gældende aftale, godkendt af borger, virksomhed og virksomhedskonsulent.",
                "Version 2 afventer godkendelse. Indtil alle tre parter har godkendt den, gælder version 1.");
        assertThat(document.text()).doesNotContain("Flere timer med pakning");
        assertThat(document.select("section:has(h2:containsOwn(Progression)) tbody tr"))
                .as("version 1's steps, which version 2 leaves out").hasSameSizeAs(planInForce);

        api.as(consultant).body(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "actualHoursPerWeek", 6))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
        List<Object> planDuringAmendment = api.as(consultant).get("/api/v1/agreements/" + id + "/progress")
                .then().statusCode(200).extract().path("clauses");
        assertThat(planDuringAmendment).as("progress still follows the version in force").hasSameSizeAs(planInForce)
                .isNotEmpty();

        approveByAll(id);
        api.as(consultant).get("/api/v1/agreements/" + id).then()
                .body("status", equalTo("ACTIVE")).body("version", equalTo(2)).body("inForceVersion", equalTo(2));
        Document approved = Jsoup.parse(api.as(consultant).accept("text/html").get("/api/v1/agreements/" + id)
                .then().statusCode(200).extract().asString());
        assertThat(approved.select(".sub").text()).isEqualTo("Version 2 · Aktiv");
        assertThat(approved.select(".note").eachText()).containsExactly(
                "Dette er version 2, den gældende aftale, godkendt af borger, virksomhed og virksomhedskonsulent.");
        assertThat(approved.text()).contains("Flere timer med pakning");
        List<Object> planAfter = api.as(consultant).get("/api/v1/agreements/" + id + "/progress").path("clauses");
        assertThat(planAfter).as("the approved amendment has no progression steps").isEmpty();
        assertThat(details(id)).contains("ACTIVATED", "AMENDED");
    }

    @Test
    void twoPartiesApprovingLastAtOnceMakeTheAgreementActive() throws Exception {
        String employerId = api.createEmployer(consultant, "Samtidig " + UUID.randomUUID(), TestData.randomCvr());
        for (int round = 0; round < 5; round++) {
            String needId = api.createNeed(consultant, employerId, TestData.need());
            String id = api.draftAgreement(consultant, api.createCitizen(consultant,
                    TestData.citizen(TestData.randomExternalRef())), needId, "2026-12-01");
            api.as(consultant).body(Map.of("party", "CONSULTANT")).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
            List<Integer> statuses = AtOnce.run(
                    () -> api.as(consultant).body(Map.of("party", "CITIZEN"))
                            .post("/api/v1/agreements/" + id + "/approvals").statusCode(),
                    () -> api.as(consultant).body(Map.of("party", "EMPLOYER"))
                            .post("/api/v1/agreements/" + id + "/approvals").statusCode(),
                    () -> api.as(consultant).body(Map.of("party", "EMPLOYER"))
                            .post("/api/v1/agreements/" + id + "/approvals").statusCode());
            assertThat(statuses).as("round %d", round).containsOnly(200);
            api.as(consultant).get("/api/v1/agreements/" + id).then()
                    .body("status", equalTo("ACTIVE")).body("inForceVersion", equalTo(1))
                    .body("approvals.size()", equalTo(3));
        }
    }

    private void approveByAll(String id) {
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            api.as(consultant).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
        }
    }

    private List<String> details(String agreementId) {
        List<Map<String, Object>> items = api.as(api.integration()).get("/api/v1/changes?limit=1000&after=0")
                .then().statusCode(200).extract().path("items");
        return items.stream().filter(c -> agreementId.equals(c.get("entityId")) && c.get("detail") != null)
                .map(c -> (String) c.get("detail")).toList();
    }
}
