package dk.jobmatch.concept;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.AtOnce;
import dk.jobmatch.support.ServerTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The vocabulary's concepts through the API: listed, read, added and edited by an administrator. */
@ServerTest
class ConceptApiTest extends ApiTestSupport {

    private static final String CONCEPTS = "/api/v1/vocabulary/concepts";

    private String admin;
    private String unique;

    @BeforeEach
    void setUp() {
        admin = api.admin();
        // Labels and ids of their own: concepts stay in the test database across methods.
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAddedConceptIsStoredNormalisedAndReadBackWithWhoAddedIt() {
        Map<String, Object> concept = concept("kitchen.test-" + unique, "Smørrebrøds  Jomfru " + unique,
                List.of("smørrebrødsdame " + unique, "Højtbelagt " + unique), "kitchen.koekkenarbejde");
        String outboxBefore = api.changeFeedEnd(api.integration());

        api.as(admin).body(concept).post(CONCEPTS).then().statusCode(201)
                .header("Location", CONCEPTS + "/kitchen.test-" + unique)
                .header("ETag", "\"1\"")
                .body("preferredLabel", equalTo("smørrebrøds jomfru " + unique))
                .body("altLabels", contains("smørrebrødsdame " + unique, "højtbelagt " + unique))
                .body("broader", equalTo("kitchen.koekkenarbejde"))
                .body("trade", equalTo("kitchen"))
                .body("origin", equalTo("ADDED"))
                .body("editedBy", equalTo("admin"))
                .body("editedAt", notNullValue())
                .body("revision", equalTo(1));

        api.as(admin).get(CONCEPTS + "/kitchen.test-" + unique).then().statusCode(200)
                .header("ETag", "\"1\"").body("origin", equalTo("ADDED"));
        // Every instance hears of it through the outbox (and the change feed).
        List<Map<String, Object>> changes = api.changesAfter(api.integration(), outboxBefore);
        assertThat(changes).extracting(c -> c.get("entityType") + " " + c.get("entityId") + " " + c.get("operation"))
                .contains("concept kitchen.test-" + unique + " CREATED");
    }

    @Test
    void editingAFileConceptReplacesItsLabelsAndCountsTheRevision() {
        String id = "cleaning.vinduespudsning";
        api.as(admin).get(CONCEPTS + "/" + id).then().statusCode(200)
                .body("origin", equalTo("BASE")).body("revision", equalTo(0)).body("editedBy", nullValue());
        Map<String, Object> change = change("vinduespudsning", List.of("pudse vinduer", "glaspolering " + unique),
                "cleaning.rengoering");

        String tag = api.as(admin).body(change).put(CONCEPTS + "/" + id).then().statusCode(200)
                .body("origin", equalTo("EDITED")).body("altLabels", contains("pudse vinduer", "glaspolering " + unique))
                .extract().header("ETag");
        // The labels left out are free again: another concept may take one.
        api.as(admin).body(concept("cleaning.test-" + unique, "vinduesvask", List.of(), null)).post(CONCEPTS)
                .then().statusCode(201);

        // A stale If-Match is refused before the body is read; the current one is accepted.
        api.as(admin).header("If-Match", "\"0\"").body(change).put(CONCEPTS + "/" + id).then().statusCode(412);
        api.as(admin).header("If-Match", tag).body(change).put(CONCEPTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("revision", equalTo(2));
    }

    @Test
    void theListFiltersByWordTypeAndTradeAndPages() {
        api.as(admin).body(concept("laundry.test-" + unique, "strygning " + unique, List.of("rulning " + unique), null))
                .post(CONCEPTS).then().statusCode(201);

        api.as(admin).queryParam("q", "RULNING " + unique).get(CONCEPTS).then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains("laundry.test-" + unique));
        api.as(admin).queryParam("trade", "cleaning").queryParam("type", "OCCUPATION").queryParam("size", 5)
                .get(CONCEPTS).then().statusCode(200)
                .body("size", equalTo(5)).body("items.trade", everyItem(equalTo("cleaning")))
                .body("items.type", everyItem(equalTo("OCCUPATION")))
                .body("items.size()", equalTo(5));
        int total = api.as(admin).get(CONCEPTS).then().statusCode(200).extract().path("total");
        assertThat(total).isGreaterThan(1500);
        api.as(admin).queryParam("page", total / 100).queryParam("size", 100).get(CONCEPTS).then()
                .body("items.id", hasItem("laundry.test-" + unique));
    }

    @Test
    void eachRuleOfTheFileIs422NamingTheFieldAndStoresNothing() {
        String before = tables.writeFootprint();

        rejected(concept("Cleaning test", "x" + unique, List.of(), null), "id", "trade.name");
        rejected(concept("cleaning.t-" + unique, "   ", List.of(), null), "preferredLabel", "must not be empty");
        rejected(concept("cleaning.t-" + unique, "a" + unique, List.of("b" + unique, "c" + unique, " ", "d"), null),
                "altLabels[2]", "must not be empty");
        rejected(concept("cleaning.t-" + unique, "a" + unique, List.of("b" + unique, "Rengøring"), null),
                "altLabels[1]", "already belongs to cleaning.rengoering");
        rejected(concept("cleaning.t-" + unique, "a" + unique, List.of("b" + unique, "B" + unique), null),
                "altLabels[1]", "listed twice");
        rejected(concept("cleaning.t-" + unique, "a|" + unique, List.of(), null), "preferredLabel", "|");
        rejected(concept("cleaning.t-" + unique, "a" + unique, List.of(), "cleaning.findes-ikke"), "broader", "does not exist");
        rejected(concept("cleaning.t-" + unique, "a" + unique, List.of(), "cleaning.t-" + unique), "broader", "its own");

        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNullLabelOrAMissingTypeIs422NamingItsPath() {
        String before = tables.writeFootprint();
        Map<String, Object> concept = concept("cleaning.t-" + unique, "a" + unique, new ArrayList<>(), null);
        ((List<Object>) concept.get("altLabels")).addAll(Arrays.asList("b" + unique, null));
        rejected(concept, "altLabels[1]", "must not be null");
        Map<String, Object> untyped = concept("cleaning.t-" + unique, "a" + unique, List.of(), null);
        untyped.remove("type");
        rejected(untyped, "type", "");
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void theLongestLabelsTheContractAllowsAreStoredEvenWhereLowerCasingLengthensThem() {
        // "İ" lower-cases to two characters: 200 of them are 400 once stored.
        String dotted = "İ".repeat(199) + unique.charAt(0);
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            alternatives.add(String.format("%03d", i) + unique + "İ".repeat(189));
        }
        api.as(admin).body(concept("cleaning.long-" + unique, dotted, alternatives, null)).post(CONCEPTS)
                .then().statusCode(201).body("altLabels.size()", equalTo(100));
    }

    @Test
    void anEditThatWouldCloseACycleIs422AndChangesNothing() {
        String parent = "care.test-" + unique;
        api.as(admin).body(concept(parent, "forælder " + unique, List.of(), "care.omsorgsarbejde")).post(CONCEPTS)
                .then().statusCode(201);
        api.as(admin).body(concept("care.child-" + unique, "barn " + unique, List.of(), parent)).post(CONCEPTS)
                .then().statusCode(201);
        String before = tables.writeFootprint();

        api.as(admin).body(change("forælder " + unique, List.of(), "care.child-" + unique)).put(CONCEPTS + "/" + parent)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("broader")).body("errors[0].message", containsString("cycle"));

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(admin).get(CONCEPTS + "/" + parent).then().body("broader", equalTo("care.omsorgsarbejde")).body("revision", equalTo(1));
    }

    @Test
    void anIdInUseIs409AndAnUnknownOneIs404() {
        String before = tables.writeFootprint();
        api.as(admin).body(concept("cleaning.rengoering", "noget helt nyt " + unique, List.of(), null)).post(CONCEPTS)
                .then().statusCode(409).contentType("application/problem+json");
        api.as(admin).body(change("noget " + unique, List.of(), null)).put(CONCEPTS + "/cleaning.findes-ikke-" + unique)
                .then().statusCode(404).contentType("application/problem+json");
        api.as(admin).get(CONCEPTS + "/cleaning.findes-ikke-" + unique).then().statusCode(404);
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorMayReadOrEdit() {
        Map<String, Object> concept = concept("cleaning.t-" + unique, "a" + unique, List.of(), null);
        api.anonymous().get(CONCEPTS).then().statusCode(401);
        api.anonymous().body(concept).post(CONCEPTS).then().statusCode(401);
        api.as(consultant).get(CONCEPTS).then().statusCode(403);
        api.as(consultant).body(concept).post(CONCEPTS).then().statusCode(403);
        api.as(api.integration()).get(CONCEPTS + "/cleaning.rengoering").then().statusCode(403);
        api.as(consultant).header("If-Match", "\"0\"").body(change("rengøring", List.of(), null))
                .put(CONCEPTS + "/cleaning.rengoering").then().statusCode(403);
        api.as(admin).get(CONCEPTS + "/cleaning.t-" + unique).then().statusCode(404);
    }

    private void rejected(Map<String, Object> concept, String field, String message) {
        ValidatableResponse response = api.as(admin).body(concept).post(CONCEPTS).then();
        response.statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains(field)).body("errors[0].message", containsString(message));
    }

    @Test
    void twoAdministratorsGivingOneNewLabelToTwoConceptsAtOnceGetOne201AndOne422() throws Exception {
        for (int round = 0; round < 3; round++) {
            String label = "dobbeltord " + unique + " " + round;
            Map<String, Object> one = concept("cleaning.test-a-" + unique + "-" + round, "første " + unique + " " + round,
                    List.of(label), null);
            Map<String, Object> other = concept("cleaning.test-b-" + unique + "-" + round, "anden " + unique + " " + round,
                    List.of(label), null);
            List<Integer> statuses = AtOnce.run(
                    () -> api.as(admin).body(one).post(CONCEPTS).statusCode(),
                    () -> api.as(admin).body(other).post(CONCEPTS).statusCode());
            assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 422);
            // The label belongs to the one concept saved, never to both.
            api.as(admin).queryParam("q", label).get(CONCEPTS).then().statusCode(200).body("total", equalTo(1));
        }
    }

    static Map<String, Object> concept(String id, String preferred, List<String> alternatives, String broader) {
        Map<String, Object> concept = change(preferred, alternatives, broader);
        concept.put("id", id);
        return concept;
    }

    static Map<String, Object> change(String preferred, List<String> alternatives, String broader) {
        Map<String, Object> change = new HashMap<>(Map.of("type", "COMPETENCE", "preferredLabel", preferred,
                "altLabels", alternatives));
        if (broader != null) {
            change.put("broader", broader);
        }
        return change;
    }
}
