package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@ServerTest
class NeedSearchApiTest extends ApiTestSupport {

    String employerId;

    @BeforeEach
    void setUp() {
        employerId = api.createEmployer(consultant, "Søg " + UUID.randomUUID(),
                TestData.randomCvr());
    }

    @Test
    void danishStemmingFindsInflectedForms() {
        String definite = api.createNeed(consultant, employerId,
                TestData.need("Hjælp på pladsen", TestData.task("Oprydningen efter arbejdsdagen", 6)));
        String plain = api.createNeed(consultant, employerId,
                TestData.need("Hjælp i hallen", TestData.task("Daglig oprydning", 6)));
        String other = api.createNeed(consultant, employerId,
                TestData.need("Kantine", TestData.task("Opvask i kantinen", 6)));

        assertThat(api.searchNeedIds(consultant, "oprydning")).contains(definite, plain).doesNotContain(other);
        assertThat(api.searchNeedIds(consultant, "oprydningen")).contains(definite, plain).doesNotContain(other);
    }

    @Test
    void compoundsAndSynonymsAreUnderstood() {
        String truck = api.createNeed(consultant, employerId,
                TestData.need("Lagerhjælp", TestData.task("Truckkørsel på lageret", 6, "truckkørsel")));
        String cleaning = api.createNeed(consultant, employerId,
                TestData.need("Rengøringshjælp", TestData.task("Rengøring af mødelokaler", 6, "rengøring")));

        assertThat(api.searchNeedIds(consultant, "truck")).contains(truck).doesNotContain(cleaning);
        // "fejning" is in the cleaning synonym group ("oprydning" is not since issue 24: tidying is every trade's).
        assertThat(api.searchNeedIds(consultant, "fejning")).contains(cleaning).doesNotContain(truck);
    }

    @Test
    void updatesAndDeletesShowInSearchAtOnce() {
        String id = api.createNeed(consultant, employerId,
                TestData.need("Vinduespudsning", TestData.task("Pudse vinduer i butikken", 6)));
        assertThat(api.searchNeedIds(consultant, "vinduer")).contains(id);

        api.as(consultant).body(TestData.need("Snerydning", TestData.task("Skrabe sne om morgenen", 6)))
                .put("/api/v1/needs/" + id).then().statusCode(200);
        assertThat(api.searchNeedIds(consultant, "vinduer")).doesNotContain(id);
        assertThat(api.searchNeedIds(consultant, "sne")).contains(id);

        api.as(consultant).delete("/api/v1/needs/" + id).then().statusCode(204);
        assertThat(api.searchNeedIds(consultant, "sne")).doesNotContain(id);
    }

    @Test
    void emptyQueryListsNewestFirstWithPagingAndFilters() {
        String first = api.createNeed(consultant, employerId, TestData.need("Første", TestData.task("Feje", 6)));
        String second = api.createNeed(consultant, employerId, TestData.need("Anden", TestData.task("Feje", 6)));
        Map<String, Object> paused = TestData.need("Tredje", TestData.task("Feje", 6));
        paused.put("status", "PAUSED");
        String third = api.createNeed(consultant, employerId, paused);

        api.as(consultant).queryParam("employerId", employerId).get("/api/v1/needs")
                .then().statusCode(200).body("items.id", contains(third, second, first)).body("total", equalTo(3));
        api.as(consultant).queryParam("employerId", employerId).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/needs")
                .then().statusCode(200).body("items.id", contains(first)).body("page", equalTo(1))
                .body("size", equalTo(2)).body("total", equalTo(3));
        api.as(consultant).queryParam("employerId", employerId).queryParam("status", "PAUSED").get("/api/v1/needs")
                .then().statusCode(200).body("items.id", contains(third));
    }

    @Test
    void queryParametersAreValidated() {
        api.as(consultant).queryParam("size", 101).get("/api/v1/needs")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        api.as(consultant).queryParam("page", -1).get("/api/v1/needs").then().statusCode(400);
        api.as(consultant).queryParam("status", "GONE").get("/api/v1/needs").then().statusCode(400);
    }

    @Test
    void luceneSyntaxInFreeTextNeverFails() {
        api.createNeed(consultant, employerId, TestData.need("Pakning", TestData.task("Pakning af varer", 6)));
        for (String query : List.of("title:(a OR", "*", "\"unclosed", "a AND OR NOT", "((((", "~2^3", "og")) {
            api.as(consultant).queryParam("q", query).get("/api/v1/needs")
                    .then().statusCode(200).body("items", org.hamcrest.Matchers.notNullValue());
        }
        api.as(consultant).queryParam("q", "pakning").get("/api/v1/needs").then().body("items", hasSize(1));
    }
}
