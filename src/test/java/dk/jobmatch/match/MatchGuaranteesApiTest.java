package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random needs and citizens through the whole stack (HTTP, database, Lucene prefilters, rules):
 * no result breaks a guarantee, and every pair that has a valid bundle is found in both
 * directions - so the index filters never drop a valid candidate.
 */
@ServerTest
class MatchGuaranteesApiTest extends ApiTestSupport {

    private static final int EMPLOYERS = 6;
    private static final int NEEDS = 18;
    private static final int CITIZENS = 45;

    @Test
    void noResultBreaksAGuaranteeAndNoValidPairIsMissed() {
        RandomScenarios random = new RandomScenarios(4711L);
        Map<String, Map<String, Object>> employerLocations = new HashMap<>();
        for (int i = 0; i < EMPLOYERS; i++) {
            Map<String, Object> employer = TestData.employer("Virksomhed " + i, TestData.randomCvr());
            Map<String, Object> location = random.location();
            employer.put("location", location);
            String id = api.as(consultant).body(employer).post("/api/v1/employers").then().statusCode(201)
                    .extract().path("id");
            employerLocations.put(id, location);
        }
        List<String> employerIds = List.copyOf(employerLocations.keySet());
        Map<String, ContractRules.NeedSpec> needs = new HashMap<>();
        for (int i = 0; i < NEEDS; i++) {
            String employerId = employerIds.get(i % EMPLOYERS);
            Map<String, Object> body = random.need();
            JsonPath created = api.as(consultant).body(body).post("/api/v1/employers/" + employerId + "/needs")
                    .then().statusCode(201).extract().jsonPath();
            needs.put(created.getString("id"),
                    RandomScenarios.needSpec(body, created.getList("tasks.id"), employerLocations.get(employerId)));
        }
        Map<String, ContractRules.CitizenSpec> citizens = new HashMap<>();
        for (int i = 0; i < CITIZENS; i++) {
            Map<String, Object> body = random.citizen(TestData.randomExternalRef());
            citizens.put(api.createCitizen(consultant, body), RandomScenarios.citizenSpec(body));
        }

        Set<String> validPairs = new HashSet<>();
        needs.forEach((needId, need) -> citizens.forEach((citizenId, citizen) -> {
            if (ContractRules.anyValidBundle(need, citizen)) {
                validPairs.add(needId + "/" + citizenId);
            }
        }));
        assertThat(validPairs).as("the generator must produce matches").hasSizeGreaterThan(20);

        Set<String> foundFromNeeds = new HashSet<>();
        for (String needId : needs.keySet()) {
            for (Map<String, Object> result : results("/api/v1/needs/" + needId + "/matches")) {
                String citizenId = (String) result.get("citizenId");
                assertValid(needs.get(needId), citizens.get(citizenId), result);
                foundFromNeeds.add(needId + "/" + citizenId);
            }
        }
        Set<String> foundFromCitizens = new HashSet<>();
        for (String citizenId : citizens.keySet()) {
            for (Map<String, Object> result : results("/api/v1/citizens/" + citizenId + "/matches")) {
                String needId = (String) result.get("needId");
                assertValid(needs.get(needId), citizens.get(citizenId), result);
                foundFromCitizens.add(needId + "/" + citizenId);
            }
        }
        assertThat(foundFromNeeds).isEqualTo(validPairs);
        assertThat(foundFromCitizens).isEqualTo(validPairs);
    }

    @SuppressWarnings("unchecked")
    private static void assertValid(ContractRules.NeedSpec need, ContractRules.CitizenSpec citizen,
                                    Map<String, Object> result) {
        List<String> taskIds = (List<String>) result.get("matchedTaskIds");
        double hours = ((Number) result.get("proposedHoursPerWeek")).doubleValue();
        assertThat(ContractRules.valid(need, citizen, taskIds, hours)).as("%s", result).isTrue();
        assertThat(((Number) result.get("score")).doubleValue()).isBetween(0.0, 1.0);
    }

    private List<Map<String, Object>> results(String path) {
        return api.as(consultant).queryParam("limit", 100).get(path)
                .then().statusCode(200).extract().path("results");
    }
}
