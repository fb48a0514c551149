package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool the index hands the matcher follows the need's text among profiles its competence
 * phrases rank alike: with a pool of 3 (limit 1) and five citizens who all have the one phrase the
 * need asks for, the one whose experience also tells the rest of the need's work is found, though
 * the index holds it last (docs/performance.md, "The pool ranked by the need's text as well").
 */
@ServerTest
@Property(name = "jobmatch.match.candidates", value = "3")
class TextOrderedPoolApiTest extends ApiTestSupport {

    /** Rønne: out of reach of every other test's citizens and needs. */
    private static final Map<String, Object> RONNE = Map.of("postcode", "3700", "city", "Rønne", "lat", 55.1, "lon", 14.7);

    @Test
    void theCitizenWhoseProfileTellsMostOfTheNeedsWorkIsFoundBeyondAPoolOfEqualPhrases() {
        String employerId = api.createEmployerAt(consultant, "Kantine", RONNE);
        Map<String, Object> need = TestData.need("Kantinemedhjælper", TestData.task("Opvask", 6, "opvask"));
        need.put("description", "Anretning af salatbar og smørrebrød, opvask efter frokost");
        String needId = api.createNeed(consultant, employerId, need);
        for (int i = 0; i < 4; i++) {
            inRonne(TestData.citizen("Har været ledig nogle år", "opvask"));
        }
        String telling = inRonne(TestData.citizen("Har anrettet salatbar og smørrebrød i en kantine", "opvask"));

        List<String> best = api.as(consultant).get("/api/v1/needs/" + needId + "/matches?limit=1").then()
                .statusCode(200).extract().path("results.citizenId");

        assertThat(best).containsExactly(telling);
    }

    private String inRonne(Map<String, Object> citizen) {
        citizen.put("location", RONNE);
        return api.createCitizen(consultant, citizen);
    }
}
