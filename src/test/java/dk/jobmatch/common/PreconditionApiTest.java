package dk.jobmatch.common;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** If-Match is evaluated before the body (RFC 9110 13.2.2): a stale one is 412 whatever the body says. */
@ServerTest
class PreconditionApiTest extends ApiTestSupport {

    @Test
    void aNeedEditedSinceItWasReadIsRefusedWith412BeforeItsBodyIsRead() {
        String employerId = api.createEmployer(consultant, "Forudsætning " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String read = api.as(consultant).get("/api/v1/needs/" + needId).then().statusCode(200).extract().header("ETag");
        assertThat(read).startsWith("\"").endsWith("\"");

        Map<String, Object> edit = TestData.need();
        edit.put("title", "Oprydning, ændret af en kollega");
        String changed = api.as(consultant).header("If-Match", read).body(edit).put("/api/v1/needs/" + needId)
                .then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(read);

        String before = tables.writeFootprint();
        api.as(consultant).header("If-Match", read).body("{\"title\": 42, \"tasks\": [null]}")
                .put("/api/v1/needs/" + needId).then().statusCode(412).contentType("application/problem+json");
        api.as(consultant).header("If-Match", "W/" + changed).body(edit).put("/api/v1/needs/" + needId)
                .then().statusCode(412);
        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("title", equalTo("Oprydning, ændret af en kollega"));

        api.as(consultant).header("If-Match", "*").body(edit).put("/api/v1/needs/" + needId).then().statusCode(200);
        api.as(consultant).header("If-Match", read).body(edit).put("/api/v1/needs/nope-" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aPlaceTakenChangesTheNeedsTagAndAnOutsiderLearnsNothingFromIfMatch() {
        String employerId = api.createEmployer(consultant, "Tag " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String before = api.as(consultant).get("/api/v1/needs/" + needId).header("ETag");
        api.draftAgreement(consultant, api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                needId, "2026-12-01");
        api.as(consultant).get("/api/v1/needs/" + needId).then().header("ETag", not(equalTo(before)));

        String other = api.createEmployer(consultant, "Anden " + UUID.randomUUID(), TestData.randomCvr());
        String outsider = api.employerLogin(consultant, other, "o-" + UUID.randomUUID());
        api.as(outsider).header("If-Match", "\"stale\"").body(TestData.need()).put("/api/v1/needs/" + needId)
                .then().statusCode(404);
    }

    @Test
    void anAgreementStillTakesAnEditWithoutIfMatchAndAStaleIfMatchBeatsABadBody() {
        String employerId = api.createEmployer(consultant, "Aftale " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        String id = api.draftAgreement(consultant, api.createCitizen(consultant,
                TestData.citizen(TestData.randomExternalRef())), needId, "2026-12-01");
        Map<String, Object> edit = api.agreementEdit(consultant, id);
        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200)
                .header("ETag", "\"2\"");
        String before = tables.writeFootprint();
        api.as(consultant).header("If-Match", "\"1\"").body("{\"version\": \"not a number\"}")
                .put("/api/v1/agreements/" + id).then().statusCode(412);
        assertThat(tables.writeFootprint()).as("a refused precondition leaves no trace, not even an audit entry")
                .isEqualTo(before);
    }
}
