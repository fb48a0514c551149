package dk.jobmatch.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An imported profile reads back exactly as sent, text with tabs, line breaks and backslashes and
 * absent optional fields included: on PostgreSQL the import writes its rows with COPY, whose text
 * format gives those characters and null a meaning of their own.
 */
@ServerTest
class ImportRoundTripApiTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void importedTextAndAbsentFieldsReadBackAsSent() throws JsonProcessingException {
        String word = "rundtur" + System.nanoTime();
        String experience = "Linje et\nLinje to\tmed fane, C:\\lager\\ og \\N " + word;
        Map<String, Object> citizen = TestData.citizen(experience, "pakning", word);
        citizen.put("displayName", "Navn \"med\" anførselstegn\\");
        citizen.put("jobGoals", List.of(Map.of("priority", "A", "title", "Lager\\pluk\tnat")));
        citizen.remove("accommodationNotes");
        citizen.remove("effectivenessPercent");

        api.as(api.integration()).contentType("application/x-ndjson; charset=utf-8")
                .body((JSON.writeValueAsString(citizen) + "\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import/citizens").then().statusCode(200).body("stored", equalTo(1));

        List<String> ids = api.searchCitizenIds(consultant, word);
        assertThat(ids).hasSize(1);
        api.as(consultant).get("/api/v1/citizens/" + ids.getFirst()).then().statusCode(200)
                .body("experience", equalTo(experience))
                .body("displayName", equalTo("Navn \"med\" anførselstegn\\"))
                .body("jobGoals[0].title", equalTo("Lager\\pluk\tnat"))
                .body("accommodationNotes", nullValue())
                .body("effectivenessPercent", nullValue())
                .body("hoursPerWeek.min", equalTo(6.0f)).body("location.lat", equalTo(57.44f))
                .body("consent", equalTo(true));
    }
}
