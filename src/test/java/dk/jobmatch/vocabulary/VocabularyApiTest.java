package dk.jobmatch.vocabulary;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/vocabularies: the contract's codes with their Danish words, for logged-in callers only. */
@ServerTest
class VocabularyApiTest extends ApiTestSupport {

    @Test
    void vocabulariesGiveTheDanishWordsOfEveryCode() {
        JsonPath codes = api.as(consultant).get("/api/v1/vocabularies").then().statusCode(200).extract().jsonPath();
        assertThat(codes.getString("accommodations.find { it.code == 'NO_HEAVY_LIFTING' }.label"))
                .isEqualTo("ingen tunge løft");
        assertThat(codes.getList("taskDemands.code")).hasSize(10).contains("DRIVING", "OUTDOOR_WORK");
        assertThat(codes.getList("flexibilities.label", String.class)).contains("gradvis opstart");
        api.anonymous().get("/api/v1/vocabularies").then().statusCode(401);
    }
}
