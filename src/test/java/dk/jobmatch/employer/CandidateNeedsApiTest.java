package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching projection's copies of needs (issue 23): kept with what agreements hold of their tasks,
 * and dropped when an agreement takes or gives back a place, also when the need's status stays (a
 * task with room for two), because that change is an update of the need in the change feed.
 */
@ServerTest
class CandidateNeedsApiTest extends ApiTestSupport {

    @Inject
    CandidateNeeds needs;

    @Inject
    NeedService service;

    @Test
    void anAgreementTakingOrGivingBackAPlaceDropsTheCopyAndIsAnUpdateOfTheNeed() {
        String employerId = api.createEmployer(consultant, "Kopier " + UUID.randomUUID(), TestData.randomCvr());
        Map<String, Object> task = TestData.cleanUpTask();
        task.put("capacity", 2);
        String needId = api.createNeed(consultant, employerId, TestData.need("Oprydning " + UUID.randomUUID(), task));
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        Need before = needs.load(List.of(needId)).getFirst();
        assertThat(before.tasks().getFirst().held()).isZero();
        assertThat(needs.load(List.of(needId)).getFirst()).as("kept between requests").isSameAs(before);
        long updates = api.updatesInFeed(needId);

        String agreement = api.draftAgreement(consultant, citizenId, needId, "2026-12-01");
        Need holding = needs.load(List.of(needId)).getFirst();
        assertThat(holding.tasks().getFirst().held()).as("one of two places taken").isEqualTo(1)
                .isEqualTo(service.findAll(List.of(needId)).getFirst().tasks().getFirst().held());
        assertThat(holding.status()).isEqualTo(before.status());
        assertThat(api.updatesInFeed(needId)).as("the feed tells of the place taken").isEqualTo(updates + 1);

        api.as(consultant).delete("/api/v1/agreements/" + agreement).then().statusCode(204);
        assertThat(needs.load(List.of(needId)).getFirst().tasks().getFirst().held()).as("given back").isZero();
        assertThat(api.updatesInFeed(needId)).as("and of the place given back").isEqualTo(updates + 2);
    }
}
