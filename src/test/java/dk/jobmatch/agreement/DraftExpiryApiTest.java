package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.AtOnce;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Drafts not approved within jobmatch.agreements.draft-days expire and give their places back. */
@ServerTest
class DraftExpiryApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;
    @Inject
    DraftExpiry expiry;


    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDraftOlderThanTheDraftDaysExpiresReleasesItsPlaceAndIsLeftAloneAfterwards() {
        String employerId = api.createEmployer(consultant, "Udløb " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need("Oprydning", TestData.cleanUpTask()));
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String stale = api.draftAgreement(consultant, citizenId, needId, "2026-12-01");
        String approved = api.activeAgreement(consultant,
                api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())),
                api.createNeed(consultant, employerId, TestData.need("Kørsel", TestData.cleanUpTask())), "2026-12-01");

        clock.advance(Duration.ofDays(20));
        expiry.expireDue();
        api.as(consultant).get("/api/v1/agreements/" + stale).then().body("status", equalTo("DRAFT"));
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", equalTo("FILLED"));

        clock.advance(Duration.ofDays(2));
        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        api.as(consultant).get("/api/v1/agreements/" + stale).then().body("status", equalTo("EXPIRED"));
        api.as(consultant).get("/api/v1/agreements/" + approved).then().body("status", equalTo("ACTIVE"));
        api.as(consultant).get("/api/v1/needs/" + needId).then()
                .body("status", equalTo("OPEN")).body("tasks[0].available", equalTo(1));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then().body("committedHoursPerWeek", equalTo(0.0f));
        api.as(consultant).body(Map.of("party", "CITIZEN")).post("/api/v1/agreements/" + stale + "/approvals")
                .then().statusCode(409);
        api.as(consultant).delete("/api/v1/agreements/" + stale).then().statusCode(409);

        String before = tables.writeFootprint();
        expiry.expireDue();
        assertThat(tables.writeFootprint()).as("an expired draft is not expired twice").isEqualTo(before);
    }

    /**
     * Two instances' schedules firing at the same moment over one database: each due draft expires
     * once (one EXPIRED change, one release), whichever instance gets it, and none is missed.
     */
    @Test
    void twoInstancesExpiringAtOnceExpireEachDraftExactlyOnce() throws Exception {
        String employerId = api.createEmployer(consultant, "To instanser " + UUID.randomUUID(), TestData.randomCvr());
        List<String> drafts = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String needId = api.createNeed(consultant, employerId, TestData.need("Oprydning " + i, TestData.cleanUpTask()));
            needs.add(needId);
            drafts.add(api.draftAgreement(consultant, api.createCitizen(consultant,
                    TestData.citizen(TestData.randomExternalRef())), needId, "2026-12-01"));
        }
        clock.advance(Duration.ofDays(22));

        List<Integer> expired = AtOnce.run(expiry::expireDue, expiry::expireDue);

        assertThat(expired.stream().mapToInt(Integer::intValue).sum()).as("each draft counted by one instance")
                .isGreaterThanOrEqualTo(drafts.size());
        for (String draft : drafts) {
            api.as(consultant).get("/api/v1/agreements/" + draft).then().body("status", equalTo("EXPIRED"));
            assertThat(tables.count("outbox WHERE entity_id = '" + draft + "' AND detail = 'EXPIRED'"))
                    .as("one EXPIRED change per draft").isEqualTo(1);
        }
        for (String needId : needs) {
            api.as(consultant).get("/api/v1/needs/" + needId).then()
                    .body("status", equalTo("OPEN")).body("tasks[0].available", equalTo(1));
        }
    }
}
