package dk.jobmatch.citizen;

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
 * The matching projection's copies of profiles (issue 23): kept while no change to the profile is
 * committed, never served once the outbox has one (an edit, an erasure), whatever the clock says
 * (the test clock stands still between two writes).
 */
@ServerTest
class CandidateProfilesApiTest extends ApiTestSupport {

    @Inject
    CandidateProfiles profiles;

    @Inject
    CitizenService citizens;

    @Test
    void anUnchangedProfileIsServedFromTheCopyAndAnEditedOneIsLoadedAfresh() {
        String other = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        Map<String, Object> profile = TestData.citizen(TestData.randomExternalRef());
        String id = api.createCitizen(consultant, profile);

        Citizen first = profiles.load(List.of(id)).getFirst();
        assertThat(profiles.load(List.of(id)).getFirst()).as("kept between requests").isSameAs(first);
        assertThat(first.team()).as("a copy holds what matching reads").isEmpty();

        profile.put("competences", List.of("rengøring"));
        profile.put("hoursPerWeek", Map.of("min", 3, "max", 4));
        api.as(consultant).body(profile).put("/api/v1/citizens/" + id).then().statusCode(200);

        Citizen otherBefore = profiles.load(List.of(other)).getFirst();
        Citizen edited = profiles.load(List.of(id)).getFirst();
        assertThat(edited.competences()).containsExactly("rengøring");
        assertThat(edited.hoursPerWeek().max()).isEqualTo(4.0);
        assertThat(profiles.load(List.of(id)).getFirst()).isSameAs(edited);
        api.as(consultant).body(profile).put("/api/v1/citizens/" + id).then().statusCode(200);
        assertThat(profiles.load(List.of(other)).getFirst()).as("only the changed profile is dropped")
                .isSameAs(otherBefore);
    }

    @Test
    void anErasedProfileIsNeverServedAndTheOrderOfTheIdsIsKept() {
        String kept = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String erased = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        assertThat(profiles.load(List.of(erased, kept)).stream().map(Citizen::id)).containsExactly(erased, kept);

        api.as(consultant).delete("/api/v1/citizens/" + erased).then().statusCode(204);

        assertThat(profiles.load(List.of(erased, "no-such-id", kept)).stream().map(Citizen::id)).containsExactly(kept);
    }

    @Test
    void anAgreementTakingOrGivingBackHoursDropsTheCopy() {
        String employerId = api.createEmployer(consultant, "Kopier " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId,
                TestData.need("Oprydning " + UUID.randomUUID(), TestData.cleanUpTask()));
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        assertThat(profiles.load(List.of(id)).getFirst().committedHoursPerWeek()).isZero();

        String agreement = api.draftAgreement(consultant, id, needId, "2026-12-01");
        Citizen holding = profiles.load(List.of(id)).getFirst();
        assertThat(holding.committedHoursPerWeek()).as("the draft holds hours").isPositive()
                .isEqualTo(citizens.loadForMatching(List.of(id)).getFirst().committedHoursPerWeek());
        assertThat(profiles.load(List.of(id)).getFirst()).as("kept again once loaded").isSameAs(holding);

        api.as(consultant).delete("/api/v1/agreements/" + agreement).then().statusCode(204);
        assertThat(profiles.load(List.of(id)).getFirst().committedHoursPerWeek()).as("given back").isZero();
    }
}
