package dk.jobmatch.wording;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Unknown words are shown, not silently ignored (issue 24): warnings on profiles and needs, and the type-ahead. */
@ServerTest
class WordingApiTest extends ApiTestSupport {

    private static final String SUGGEST = "/api/v1/vocabulary/suggest";

    @Test
    void aProfileWithUnknownPhrasesIsStoredAndAnsweredWithWarningsNamingTheFields() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        // Known: a label, an inflection, a compound ending in a label, a phrase with a label in it.
        citizen.put("competences", List.of("rengøring", "Rengøringen", "trappevaskene", "rengørinng",
                "rengøring på hospitalet", "flumsedims", "Receptio. i 2 år", "SOSU-hj."));
        citizen.put("jobGoals", List.of(Map.of("priority", "A", "title", "Lagermedarbejder"),
                Map.of("priority", "B", "title", "Klatregrimassør")));

        JsonPath created = api.as(consultant).body(citizen).post("/api/v1/citizens")
                .then().statusCode(201)
                .body("competences", hasSize(8))
                .body("warnings.field", contains("competences[3]", "competences[5]", "competences[6]", "jobGoals[1].title"))
                .body("warnings[0].message", startsWith("\"rengørinng\" læst som \"rengøring\" (stavefejl?)"))
                .body("warnings[0].suggestions[0].conceptId", equalTo("cleaning.rengoering"))
                .body("warnings[0].suggestions[0].preferredLabel", equalTo("rengøring"))
                .body("warnings[0].suggestions[0].type", equalTo("COMPETENCE"))
                .body("warnings[1]", not(hasKey("suggestions")))
                // An abbreviation read by guessing is told; a listed one ("SOSU-hj.") is certain.
                .body("warnings[2].message", equalTo("\"receptio.\" læst som \"reception\" (forkortelse)"
                        + " - skriv gerne ordet helt ud"))
                .extract().jsonPath();
        String id = created.getString("id");

        api.as(consultant).get("/api/v1/citizens/" + id)
                .then().statusCode(200)
                .body("warnings.field", contains("competences[3]", "competences[5]", "competences[6]", "jobGoals[1].title"));

        Map<String, Object> corrected = TestData.citizen(TestData.randomExternalRef());
        corrected.put("competences", List.of("rengøring", "vinduespudsning"));
        corrected.put("warnings", created.getList("warnings"));
        api.as(consultant).body(corrected).put("/api/v1/citizens/" + id)
                .then().statusCode(200)
                .body("$", not(hasKey("warnings")));
    }

    @Test
    void aProfileWithOnlyKnownPhrasesHasNoWarnings() {
        api.as(consultant).body(TestData.citizen(TestData.randomExternalRef())).post("/api/v1/citizens")
                .then().statusCode(201)
                .body("$", not(hasKey("warnings")));
    }

    @Test
    void aNeedWarnsAboutItsUnknownTaskTitlesAndCompetencesAndIsStoredAnyway() {
        String employerId = api.createEmployer(consultant, "Ordfirma " + UUID.randomUUID(), TestData.randomCvr());
        String employer = api.employerLogin(consultant, employerId, "ord-" + UUID.randomUUID());
        Map<String, Object> need = TestData.need("Rengøring",
                TestData.task("Rengøring af kontorer", 4, "støvsugning", "gulvvask"),
                TestData.task("Flumsedimse klatregrimasser", 4, "rengøring", "klatregrimasse"));

        String id = api.as(employer).body(need).post("/api/v1/employers/" + employerId + "/needs")
                .then().statusCode(201)
                .body("warnings.field", contains("tasks[1].title", "tasks[1].competences[1]"))
                .body("warnings[1].message", startsWith("ukendt ord: \"klatregrimasse\""))
                .extract().path("id");

        api.as(employer).get("/api/v1/needs/" + id).then().statusCode(200)
                .body("warnings.field", contains("tasks[1].title", "tasks[1].competences[1]"));
        api.as(consultant).body(TestData.need()).put("/api/v1/needs/" + id)
                .then().statusCode(200)
                .body("$", not(hasKey("warnings")));
    }

    @Test
    void aMisspeltPhraseIsMatchedAsTheWordItIsReadAsAndTheAnswerSaysSoAtItsField() {
        String employerId = api.createEmployer(consultant, "Stavefirma " + UUID.randomUUID(), TestData.randomCvr());
        Map<String, Object> need = TestData.need("Rengøring",
                TestData.task("Kontorer", 6, "rengøring", "vinduespusser"));
        String needId = api.as(consultant).body(need).post("/api/v1/employers/" + employerId + "/needs")
                .then().statusCode(201)
                .body("warnings.field", contains("tasks[0].competences[1]"))
                .body("warnings[0].message", startsWith("\"vinduespusser\" læst som \"vinduespudser\" (stavefejl?)"))
                .body("warnings[0].suggestions[0].preferredLabel", equalTo("vinduespudser"))
                .extract().path("id");
        Map<String, Object> misspelt = TestData.citizen(TestData.randomExternalRef());
        misspelt.put("competences", List.of("rengørinng"));
        String misspeltId = api.createCitizen(consultant, misspelt);
        Map<String, Object> unknown = TestData.citizen(TestData.randomExternalRef());
        unknown.put("competences", List.of("flumsedims"));
        String unknownId = api.createCitizen(consultant, unknown);

        JsonPath matches = api.as(consultant).queryParam("limit", 100).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200).extract().jsonPath();
        assertThat(matches.getList("results.citizenId", String.class)).contains(misspeltId, unknownId);
        assertThat(matches.getString("results.find { it.citizenId == '" + misspeltId + "' }.fit")).isNotEqualTo("CONSTRAINTS_ONLY");
        assertThat(matches.getString("results.find { it.citizenId == '" + unknownId + "' }.fit")).isEqualTo("CONSTRAINTS_ONLY");
    }

    @Test
    void employersNeverSeeTheWarningsAboutACitizen() {
        String employerId = api.createEmployer(consultant, "Skjult " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need());
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("competences", List.of("oprydning", "flumsedims"));
        String citizenId = api.createCitizen(consultant, citizen);
        String employer = api.employerLogin(consultant, employerId, "skjult-" + UUID.randomUUID());

        String body = api.as(employer).queryParam("limit", 100).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200)
                .body("results.citizenId", hasItem(citizenId))
                .extract().asString();
        // The anonymous summary shows the competences themselves, but never what the service thinks of them.
        assertThat(body).doesNotContain("warnings").doesNotContain("ukendt ord");
    }

    @Test
    void suggestOffersLabelsThatStartWithTheTextFirst() {
        api.as(consultant).queryParam("q", "rengø").get(SUGGEST)
                .then().statusCode(200)
                .body("items[0].conceptId", equalTo("cleaning.rengoering"))
                .body("items[0].preferredLabel", equalTo("rengøring"))
                .body("items.matchedLabel", everyItem(startsWith("rengø")))
                .body("items", hasSize(10));
    }

    @Test
    void suggestFindsAMisspeltWord() {
        api.as(consultant).queryParam("q", "rengørinng").get(SUGGEST)
                .then().statusCode(200)
                .body("items[0].conceptId", equalTo("cleaning.rengoering"))
                .body("items[0].matchedLabel", equalTo("rengøring"));
        api.as(consultant).queryParam("q", "rengørring").get(SUGGEST)
                .then().statusCode(200)
                .body("items[0].preferredLabel", equalTo("rengøring"));
    }

    @Test
    void suggestKeepsTheLimit() {
        api.as(consultant).queryParam("q", "a").queryParam("limit", 3).get(SUGGEST)
                .then().statusCode(200).body("items", hasSize(3));
        api.as(consultant).queryParam("q", "a").queryParam("limit", 50).get(SUGGEST)
                .then().statusCode(200).body("items", hasSize(50));
        api.as(consultant).queryParam("q", "qxzqxzqxz").get(SUGGEST)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        api.as(consultant).get(SUGGEST).then().statusCode(400).contentType("application/problem+json");
        api.as(consultant).queryParam("q", "").get(SUGGEST)
                .then().statusCode(400).contentType("application/problem+json");
        api.as(consultant).queryParam("q", "x".repeat(101)).get(SUGGEST)
                .then().statusCode(400).body("errors.field", hasItem("q"));
        api.as(consultant).queryParam("q", "rengøring").queryParam("limit", 51).get(SUGGEST)
                .then().statusCode(400).body("errors.field", hasItem("limit"));
        api.as(consultant).queryParam("q", "rengøring").queryParam("limit", 0).get(SUGGEST)
                .then().statusCode(400).body("errors.field", hasItem("limit"));
    }

    @Test
    void everyoneWhoWritesProfilesOrNeedsMaySuggestAndNoOneElse() {
        String employerId = api.createEmployer(consultant, "Forslag " + UUID.randomUUID(), TestData.randomCvr());
        String employer = api.employerLogin(consultant, employerId, "forslag-" + UUID.randomUUID());
        for (String token : List.of(consultant, api.admin(), api.integration(), employer)) {
            api.as(token).queryParam("q", "truck").get(SUGGEST).then().statusCode(200);
        }
        api.anonymous().queryParam("q", "truck").get(SUGGEST).then().statusCode(401);
    }
}
