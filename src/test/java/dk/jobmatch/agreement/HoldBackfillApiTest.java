package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Agreements written before holds existed (V8) get their holds once, and then places are taken. */
@ServerTest
class HoldBackfillApiTest extends ApiTestSupport {

    @Inject
    HoldBackfill backfill;

    @Test
    void aCurrentAgreementWithoutAHoldGetsOneOnceAndAnEndedOneNever() {
        String employerId = api.createEmployer(consultant, "Før V8 " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need("Oprydning", TestData.cleanUpTask()));
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String current = api.activeAgreement(consultant, citizenId, needId, "2026-12-01");
        String stoppedNeed = api.createNeed(consultant, employerId, TestData.need("Kørsel", TestData.cleanUpTask()));
        String stopped = api.draftAgreement(consultant, api.createCitizen(consultant,
                TestData.citizen(TestData.randomExternalRef())), stoppedNeed, "2026-12-01");
        api.as(consultant).body(java.util.Map.of("type", "STOPPED", "date", "2026-12-02",
                        "reasonCode", "EMPLOYER_NO_LONGER_NEEDS"))
                .post("/api/v1/agreements/" + stopped + "/events").then().statusCode(201);
        // As an older version left them: no holds, and the need still OPEN.
        tables.execute("DELETE FROM capacity_hold WHERE agreement_id = ?", current);
        tables.execute("UPDATE need SET status = 'OPEN', filled_automatically = FALSE WHERE id = ?", needId);
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("tasks[0].held", equalTo(0));

        assertThat(backfill.run()).isEqualTo(1);
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("FILLED")).body("tasks[0].held", equalTo(1));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("committedHoursPerWeek", equalTo(6.0f));
        api.as(consultant).get("/api/v1/needs/" + stoppedNeed).then()
                .body("status", equalTo("OPEN")).body("tasks[0].held", equalTo(0));

        assertThat(backfill.run()).as("the second start-up finds nothing to do").isZero();
    }
}
