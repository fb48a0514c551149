package dk.jobmatch.citizen;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@ServerTest
class CitizenSearchApiTest extends ApiTestSupport {

    @Test
    void compoundsAndSynonymsFindProfilesBothWays() {
        String truck = api.createCitizen(consultant, TestData.citizen("Kører truck på lager", "truckkørsel"));
        String cleaner = api.createCitizen(consultant, TestData.citizen("Gør rent på kontorer", "rengøring"));
        String sweeper = api.createCitizen(consultant, TestData.citizen("Fejer for håndværkere", "fejning"));
        String gardener = api.createCitizen(consultant, TestData.citizen("Passer haver", "havearbejde"));

        assertThat(api.searchCitizenIds(consultant, "truck")).containsExactly(truck);
        // "fejning" is in the cleaning synonym group; "oprydning" is not (tidying is part of every trade's work).
        assertThat(api.searchCitizenIds(consultant, "fejning")).containsExactlyInAnyOrder(cleaner, sweeper);
        assertThat(api.searchCitizenIds(consultant, "rengøring")).containsExactlyInAnyOrder(cleaner, sweeper);
        assertThat(api.searchCitizenIds(consultant, "gartner")).containsExactly(gardener);
    }

    @Test
    void jobGoalsAndExperienceAreSearchedWithDanishStemming() {
        Map<String, Object> profile = TestData.citizen("Mange års erfaring med opvask i kantiner", "køkken");
        profile.put("jobGoals", List.of(Map.of("priority", "A", "title", "Pedel på en skole")));
        String id = api.createCitizen(consultant, profile);

        assertThat(api.searchCitizenIds(consultant, "kantinen")).containsExactly(id);
        assertThat(api.searchCitizenIds(consultant, "pedeller")).containsExactly(id);
    }

    @Test
    void rebuildReplaysRecentChangesOfOneProfileOnce() {
        // A rebuild replays the last minute of the outbox, where one profile can appear many times.
        String id = api.createCitizen(consultant, TestData.citizen("Bager", "bageri"));
        for (String word : new String[] {"konditori", "bagværk"}) {
            api.as(consultant).body(TestData.citizen("Bager", word)).put("/api/v1/citizens/" + id).then().statusCode(200);
        }

        api.as(api.admin()).post("/api/v1/admin/reindex").then().statusCode(200);

        assertThat(api.searchCitizenIds(consultant, "bagværk")).containsExactly(id);
        assertThat(api.searchCitizenIds(consultant, "konditori")).isEmpty();
    }

    @Test
    void notesAndNamesAreNotSearchable() {
        Map<String, Object> profile = TestData.citizen("Lagerarbejde", "lager");
        profile.put("accommodationNotes", "Migræne, brug for mørkt rum");
        profile.put("displayName", "Borger Zebrafink");
        api.createCitizen(consultant, profile);

        assertThat(api.searchCitizenIds(consultant, "migræne")).isEmpty();
        assertThat(api.searchCitizenIds(consultant, "zebrafink")).isEmpty();
    }

    @Test
    void targetGroupFiltersAndEmptyQueryListsNewestFirst() {
        Map<String, Object> first = TestData.citizen("Butik", "ekspedition");
        first.put("targetGroup", "JOBPARAT");
        String older = api.createCitizen(consultant, first);
        Map<String, Object> second = TestData.citizen("Butik", "ekspedition");
        second.put("targetGroup", "JOBPARAT");
        String newer = api.createCitizen(consultant, second);

        api.as(consultant).queryParam("targetGroup", "JOBPARAT").get("/api/v1/citizens")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(newer, older)));
        api.as(consultant).queryParam("targetGroup", "JOBPARAT").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/citizens")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(older)))
                .body("page", equalTo(1))
                .body("size", equalTo(1));
        api.as(consultant).queryParam("targetGroup", "PENSIONIST").get("/api/v1/citizens")
                .then().statusCode(400).contentType("application/problem+json");
        api.as(consultant).queryParam("q", "\"truck AND (").get("/api/v1/citizens").then().statusCode(200);
    }
}
