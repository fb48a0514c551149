package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool of needs the index hands the matcher for a citizen follows the share of each need the
 * citizen covers, as the score does, not how many of the citizen's phrases a need names: with a
 * pool of 3 (limit 1) and five needs that all ask for the citizen's two competences, the one that
 * asks for nothing else is found, though four that ask for much more come first in the index
 * (docs/performance.md, "Citizen → needs: the pool by shares").
 */
@ServerTest
@Property(name = "jobmatch.match.need-candidates", value = "3")
class ShareOrderedNeedPoolApiTest extends ApiTestSupport {

    /** Anholt: out of reach of every other test's citizens and needs. */
    private static final Map<String, Object> ANHOLT = Map.of("postcode", "8592", "city", "Anholt", "lat", 56.715,
            "lon", 11.52);

    @Test
    void theNeedTheCitizenCoversMostOfIsFoundBeyondAPoolOfNeedsNamingTheSamePhrases() {
        String employerId = api.createEmployerAt(consultant, "Kantine", ANHOLT);
        for (int i = 0; i < 4; i++) {
            List<Map<String, Object>> tasks = new ArrayList<>(List.of(TestData.task("Opvask", 2, "opvask"),
                    TestData.task("Rengøring", 2, "rengøring")));
            tasks.add(TestData.task("Kasse", 2, "kasseekspedition"));
            tasks.add(TestData.task("Varemodtagelse", 2, "varemodtagelse"));
            tasks.add(TestData.task("Bogføring", 2, "regnskab"));
            tasks.add(TestData.task("Kørsel", 2, "varekørsel"));
            api.createNeed(consultant, employerId, withTasks(TestData.need("Butiksmedhjælper"), tasks));
        }
        String covered = api.createNeed(consultant, employerId, TestData.need("Kantinemedhjælper",
                TestData.task("Opvask", 3, "opvask"), TestData.task("Rengøring", 3, "rengøring")));
        Map<String, Object> citizen = TestData.citizen("Har været ledig nogle år", "opvask", "rengøring");
        citizen.put("location", ANHOLT);
        String citizenId = api.createCitizen(consultant, citizen);

        List<String> best = api.as(consultant).get("/api/v1/citizens/" + citizenId + "/matches?limit=1").then()
                .statusCode(200).extract().path("results.needId");

        assertThat(best).containsExactly(covered);
    }

    private static Map<String, Object> withTasks(Map<String, Object> need, List<Map<String, Object>> tasks) {
        need.put("tasks", tasks);
        return need;
    }
}
