package dk.jobmatch.agreement;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pairs kept apart by a cool-down do not shrink the candidate pool the exact rules weigh: with a
 * pool of 3 (limit 1), the three best candidates in the index are all kept apart, and the fourth
 * is still found, in both directions.
 */
@ServerTest
@Property(name = "jobmatch.match.candidates", value = "3")
@Property(name = "jobmatch.match.need-candidates", value = "3")
class CooldownPoolApiTest extends ApiTestSupport {

    private static final double AARHUS_LAT = 56.157;
    private static final double AARHUS_LON = 10.211;

    @Test
    void aCitizenKeptFromTheBestRankedEmployerStillGetsAMatch() {
        String employerId = api.createEmployer(consultant, "Lager " + UUID.randomUUID(), TestData.randomCvr());
        List<String> warehouseNeeds = List.of(warehouseNeed(employerId), warehouseNeed(employerId),
                warehouseNeed(employerId));
        String elsewhere = api.createNeed(consultant,
                api.createEmployer(consultant, "Andet " + UUID.randomUUID(), TestData.randomCvr()),
                TestData.need("Rengøring", TestData.task("Oprydning i kantinen", 6, "oprydning")));
        String citizenId = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        assertThat(matchedNeeds(citizenId, 3)).as("the warehouse needs rank first")
                .containsExactlyInAnyOrderElementsOf(warehouseNeeds);

        stop(api.draftAgreement(consultant, citizenId, warehouseNeeds.getFirst(), "2026-12-01"));

        assertThat(matchedNeeds(citizenId, 1)).containsExactly(elsewhere);
    }

    /** In Aarhus, out of reach of the other test's citizen and needs in Frederikshavn. */
    @Test
    void aNeedWhoseBestRankedCitizensAreKeptFromItsEmployerStillGetsAMatch() {
        String employerId = api.createEmployerAt(consultant, "Lager",
                Map.of("postcode", "8000", "city", "Aarhus", "lat", AARHUS_LAT, "lon", AARHUS_LON));
        String stoppedAt = warehouseNeed(employerId);
        String needId = warehouseNeed(employerId);
        List<String> best = List.of(inAarhus(TestData.citizen(TestData.randomExternalRef())),
                inAarhus(TestData.citizen(TestData.randomExternalRef())),
                inAarhus(TestData.citizen(TestData.randomExternalRef())));
        String weaker = inAarhus(TestData.citizen("Har gjort rent på en skole", "oprydning"));
        assertThat(matchedCitizens(needId, 3)).as("the warehouse citizens rank first")
                .containsExactlyInAnyOrderElementsOf(best);

        best.forEach(citizenId -> stop(api.draftAgreement(consultant, citizenId, stoppedAt, "2026-12-01")));

        assertThat(matchedCitizens(needId, 1)).containsExactly(weaker);
    }

    /** A need of one warehouse task: it shares most words with the citizens' warehouse profile. */
    private String warehouseNeed(String employerId) {
        return api.createNeed(consultant, employerId, TestData.need("Lageroprydning og truckkørsel",
                TestData.task("Lagerarbejde med truckkørsel og oprydning", 6, "lagerarbejde", "truckkørsel",
                        "oprydning")));
    }

    private String inAarhus(Map<String, Object> citizen) {
        citizen.put("location", Map.of("postcode", "8000", "lat", AARHUS_LAT, "lon", AARHUS_LON));
        return api.createCitizen(consultant, citizen);
    }

    private void stop(String agreementId) {
        api.as(consultant).body(Map.of("type", "STOPPED", "date", "2026-12-01", "reasonCode", "WORKPLACE_CULTURE"))
                .post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);
    }

    private List<String> matchedNeeds(String citizenId, int limit) {
        return api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=" + limit).then()
                .statusCode(200).extract().path("results.needId");
    }

    private List<String> matchedCitizens(String needId, int limit) {
        return api.as(consultant).get("/api/v1/needs/" + needId + "/matches?limit=" + limit).then()
                .statusCode(200).extract().path("results.citizenId");
    }
}
