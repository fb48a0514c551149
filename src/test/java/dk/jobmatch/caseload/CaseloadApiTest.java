package dk.jobmatch.caseload;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Property;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Caseloads against a constructed set of agreements and employers. The cap is 2 here, so that the
 * figures reach it with few agreements (the default, 33, is in application.yml).
 */
@ServerTest
@Property(name = "jobmatch.caseload.cap", value = "2")
class CaseloadApiTest extends ApiTestSupport {

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private String newConsultant(String username, String displayName, String team) {
        api.as(api.admin()).body(Map.of("username", username, "password", "hemmeligt-kodeord", "role", "CONSULTANT",
                "displayName", displayName, "team", team)).post("/api/v1/admin/accounts").then().statusCode(201);
        return api.login(username, "hemmeligt-kodeord");
    }

    private String citizen() {
        return api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }

    @SuppressWarnings("unchecked")
    private String roomyNeed(String token, String employerId) {
        Map<String, Object> need = TestData.need();
        ((List<Map<String, Object>>) need.get("tasks")).forEach(task -> task.put("capacity", 100));
        return api.createNeed(token, employerId, need);
    }

    private void event(String token, String agreementId, String type) {
        api.as(token).body(Map.of("type", type, "date", today().minusDays(1).toString(), "reasonCode", "OTHER"))
                .post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);
    }

    @Test
    void theCaseloadCountsCurrentAgreementsDistinctCitizensAndOwnedEmployers() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String k1 = "karin." + suffix;
        String k2 = "kasper." + suffix;
        String karin = newConsultant(k1, "Karin Holm", "Team Nord");
        String kasper = newConsultant(k2, "Kasper Berg", "Team Syd");

        String first = api.createEmployer(karin, "Karins Første ApS", TestData.randomCvr());
        String second = api.createEmployer(karin, "Karins Anden ApS", TestData.randomCvr());
        String third = api.createEmployer(karin, "Karins Tredje ApS", TestData.randomCvr());
        api.as(api.admin()).body(Map.of("username", k2)).put("/api/v1/employers/" + third + "/owner")
                .then().statusCode(200);
        api.createEmployer(api.integration(), "Ingens ApS", TestData.randomCvr());
        String needOne = roomyNeed(karin, first);
        String needTwo = roomyNeed(karin, second);

        // Anna has room for two placements' hours at once.
        Map<String, Object> roomy = TestData.citizen(TestData.randomExternalRef());
        roomy.put("hoursPerWeek", Map.of("min", 6, "max", 30));
        String anna = api.createCitizen(consultant, roomy);
        String bo = citizen();
        String start = today().minusDays(30).toString();
        // Karin: Anna in two drafts (two agreements, one citizen), Bo active: 3 agreements, 2 citizens.
        api.draftAgreement(karin, anna, needOne, today().plusDays(7).toString());
        api.draftAgreement(karin, anna, needTwo, today().plusDays(7).toString());
        api.activeAgreement(karin, bo, needOne, start);
        // Not current: stopped, hired, ordinary hours, and a deleted draft.
        event(karin, api.activeAgreement(karin, citizen(), needOne, start), "STOPPED");
        event(karin, api.activeAgreement(karin, citizen(), needOne, start), "HIRED");
        event(karin, api.activeAgreement(karin, citizen(), needTwo, start), "ORDINARY_HOURS");
        String deleted = api.draftAgreement(karin, citizen(), needTwo, today().plusDays(7).toString());
        api.as(karin).delete("/api/v1/agreements/" + deleted).then().statusCode(204);
        // An agreement is the consultant's who made it, whoever owns the employer.
        api.activeAgreement(kasper, citizen(), needOne, start);
        // An approval by someone else does not make it theirs.
        String byTheDefault = api.draftAgreement(consultant, citizen(), needTwo, today().plusDays(7).toString());
        api.as(karin).body(Map.of("party", "CONSULTANT")).post("/api/v1/agreements/" + byTheDefault + "/approvals")
                .then().statusCode(200);

        api.as(karin).get("/api/v1/consultants/me/caseload").then().statusCode(200)
                .body("activeAgreements", equalTo(3)).body("citizensInProcess", equalTo(2))
                .body("employersOwned", equalTo(2)).body("cap", equalTo(2)).body("overCap", equalTo(false));
        api.as(kasper).get("/api/v1/consultants/me/caseload").then().statusCode(200)
                .body("activeAgreements", equalTo(1)).body("citizensInProcess", equalTo(1))
                .body("employersOwned", equalTo(1)).body("overCap", equalTo(false));

        // One more citizen takes Karin over the cap of 2.
        api.draftAgreement(karin, citizen(), needTwo, today().plusDays(7).toString());
        api.as(karin).get("/api/v1/consultants/me/caseload").then().statusCode(200)
                .body("activeAgreements", equalTo(4)).body("citizensInProcess", equalTo(3))
                .body("overCap", equalTo(true));

        JsonPath all = api.as(api.admin()).queryParam("size", 100).get("/api/v1/consultants").then().statusCode(200)
                .extract().jsonPath();
        List<String> usernames = all.getList("items.username");
        assertThat(usernames).contains(k1, k2, "consultant", "admin").doesNotContain("integration").isSorted();
        assertThat(all.getInt("total")).isEqualTo(usernames.size());
        Map<String, Object> karinsRow = all.getMap("items.find { it.username == '" + k1 + "' }");
        assertThat(karinsRow).containsEntry("displayName", "Karin Holm").containsEntry("team", "Team Nord")
                .containsEntry("role", "CONSULTANT")
                .containsEntry("caseload", Map.of("activeAgreements", 4, "citizensInProcess", 3, "employersOwned", 2,
                        "cap", 2, "overCap", true));
        assertThat(all.getMap("items.find { it.username == '" + k2 + "' }.caseload"))
                .isEqualTo(Map.of("activeAgreements", 1, "citizensInProcess", 1, "employersOwned", 1, "cap", 2,
                        "overCap", false));
        assertThat(all.getString("items.find { it.username == 'admin' }.role")).isEqualTo("ADMIN");
    }

    /**
     * A citizen the consultant proposed to an employer is in process until the employer answers; an
     * accepted one drafted into an agreement counts once, a declined one not at all.
     */
    @Test
    void openIntroductionsCountAsCitizensInProcessOnce() {
        String token = newConsultant("ida." + UUID.randomUUID().toString().substring(0, 8), "Ida Ørum", "Team Vest");
        String needId = roomyNeed(token, api.createEmployer(token, "Idas ApS", TestData.randomCvr()));
        String waiting = citizen();
        String accepted = citizen();
        String declined = citizen();
        introduce(token, needId, waiting);
        String yes = introduce(token, needId, accepted);
        String no = introduce(token, needId, declined);
        api.as(token).get("/api/v1/consultants/me/caseload").then().statusCode(200)
                .body("activeAgreements", equalTo(0)).body("citizensInProcess", equalTo(3));

        api.as(token).body(Map.of("decision", "ACCEPTED")).post("/api/v1/introductions/" + yes + "/response")
                .then().statusCode(200);
        api.as(token).body(Map.of("decision", "DECLINED", "reasonCode", "NEED_COVERED"))
                .post("/api/v1/introductions/" + no + "/response").then().statusCode(200);
        api.as(token).body(Map.of("introductionId", yes, "startDate", today().plusDays(7).toString()))
                .post("/api/v1/agreements").then().statusCode(201);

        api.as(token).get("/api/v1/consultants/me/caseload").then().statusCode(200)
                .body("activeAgreements", equalTo(1)).body("citizensInProcess", equalTo(2));
    }

    private String introduce(String token, String needId, String citizenId) {
        return api.as(token).body(Map.of("citizenId", citizenId)).post("/api/v1/needs/" + needId + "/introductions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aConsultantWithNothingHasAnEmptyCaseload() {
        String token = newConsultant("ny." + UUID.randomUUID().toString().substring(0, 8), "Nina Ny", "Team Øst");
        api.as(token).get("/api/v1/consultants/me/caseload").then().statusCode(200)
                .body("activeAgreements", equalTo(0)).body("citizensInProcess", equalTo(0))
                .body("employersOwned", equalTo(0)).body("cap", equalTo(2)).body("overCap", equalTo(false));
    }

    @Test
    void caseloadsAreForConsultantsAndAdministratorsAndTheListForAdministrators() {
        String employerId = api.createEmployer(consultant, "Adgang ApS", TestData.randomCvr());
        String employer = api.employerLogin(consultant, employerId, "cl-" + UUID.randomUUID().toString().substring(0, 8));
        api.as(api.admin()).get("/api/v1/consultants/me/caseload").then().statusCode(200);
        for (String token : List.of(employer, api.integration())) {
            api.as(token).get("/api/v1/consultants/me/caseload").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        for (String token : List.of(employer, api.integration(), consultant)) {
            api.as(token).get("/api/v1/consultants").then().statusCode(403);
        }
        api.anonymous().get("/api/v1/consultants").then().statusCode(401);
        api.as(api.admin()).queryParam("size", 1).queryParam("page", 1).get("/api/v1/consultants").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("page", equalTo(1));
    }
}
