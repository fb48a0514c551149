package dk.jobmatch.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.jobmatch.search.CandidateQuery;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.search.SearchService;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A pair's score is a property of the pair (issue 22): adding thousands of other citizens to the
 * index, many of them sharing the need's words, changes the index's statistics and so every BM25
 * relevance, but not the score, tier or explanation of any pair listed before and after.
 */
@ServerTest
@SuppressWarnings("unchecked")
class MatchScoreIndependenceApiTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int OTHERS = 3000;
    private static final String[] NEED_WORDS = {"oprydning", "affaldssortering", "kørsel", "byggeplads", "pakning",
            "lagerarbejde"};
    private static final String[] WORDS = {"oprydning", "rengøring", "affaldssortering", "kørsel", "pakning",
            "lagerarbejde", "opvask", "havearbejde", "sortering", "pedel", "regnskab", "maling"};

    @Inject
    SearchService search;

    @Test
    void aPairsScoreIsUnchangedWhenThousandsOfOtherCitizensJoinTheIndex() throws JsonProcessingException {
        String employerId = api.createEmployer(consultant, "Tømrerfirma " + UUID.randomUUID(), TestData.randomCvr());
        Map<String, Object> need = TestData.need("Oprydning og sortering på byggepladsen",
                TestData.task("Oprydning på byggepladsen", 6, "oprydning", "affaldssortering"),
                TestData.task("Kørsel til genbrugspladsen", 4, "kørsel"),
                TestData.task("Pakning af materialer", 3, "pakning", "lagerarbejde"));
        need.put("nonNegotiables", List.of());
        need.put("hoursPerWeek", Map.of("min", 3, "max", 13));
        String needId = api.createNeed(consultant, employerId, need);
        Random random = new Random(20261127L);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            listed.add(api.createCitizen(consultant, profile(random, "sag-2026-f" + i, true)));
        }
        String oneCitizen = listed.getFirst();

        Map<String, Map<String, Object>> before = byId(needMatches(needId), "citizenId");
        Map<String, Map<String, Object>> beforeReverse = byId(citizenMatches(oneCitizen), "needId");
        Map<String, Float> relevanceBefore = relevance(listed);

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < OTHERS; i++) {
            lines.add(JSON.writeValueAsString(profile(random, "sag-2026-a" + i, false)));
        }
        api.as(api.integration()).contentType("application/x-ndjson; charset=utf-8").queryParam("batchSize", 1000)
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import/citizens").then().statusCode(200).body("stored", equalTo(OTHERS));

        Map<String, Map<String, Object>> after = byId(needMatches(needId), "citizenId");
        Map<String, Map<String, Object>> afterReverse = byId(citizenMatches(oneCitizen), "needId");

        // The index did change under the pairs: their BM25 relevance moved.
        Map<String, Float> relevanceAfter = relevance(listed);
        assertThat(listed).anyMatch(id -> !relevanceBefore.get(id).equals(relevanceAfter.get(id)));
        List<String> both = before.keySet().stream().filter(after::containsKey).toList();
        assertThat(both).as("pairs listed before and after").hasSizeGreaterThanOrEqualTo(15);
        for (String citizenId : both) {
            assertThat(after.get(citizenId)).as("citizen %s", citizenId).isEqualTo(before.get(citizenId));
        }
        assertThat(afterReverse.get(needId)).isEqualTo(beforeReverse.get(needId)).isNotNull();
    }

    private List<Map<String, Object>> needMatches(String needId) {
        return api.as(consultant).queryParam("limit", 100).get("/api/v1/needs/" + needId + "/matches")
                .then().statusCode(200).extract().path("results");
    }

    private List<Map<String, Object>> citizenMatches(String citizenId) {
        return api.as(consultant).queryParam("limit", 100).get("/api/v1/citizens/" + citizenId + "/matches")
                .then().statusCode(200).extract().path("results");
    }

    /** Each result by the id of the other side: score, fit, tasks, hours and explanation. */
    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> results, String idField) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> result : results) {
            Map<String, Object> pair = new HashMap<>(result);
            pair.keySet().retainAll(List.of("score", "fit", "matchedTaskIds", "proposedHoursPerWeek", "explanation"));
            byId.put((String) result.get(idField), pair);
        }
        return byId;
    }

    /** BM25 of each profile against the same words, as the retrieval weighs them. */
    private Map<String, Float> relevance(List<String> ids) {
        return search.candidates(new CandidateQuery("citizen", "oprydning affaldssortering kørsel pakning",
                        Map.of("profile", 1f), List.of(), 100_000)).stream()
                .filter(hit -> ids.contains(hit.id()))
                .collect(Collectors.toMap(ScoredId::id, ScoredId::score));
    }

    /**
     * A consenting profile near the workplace. The listed ones share three of the need's words and
     * want its trade, so they stay on its list; the others share a word or two, or none.
     */
    private static Map<String, Object> profile(Random random, String externalRef, boolean listed) {
        Map<String, Object> citizen = TestData.citizen(externalRef);
        List<String> competences = new ArrayList<>(listed ? List.of(NEED_WORDS[random.nextInt(2)],
                NEED_WORDS[2 + random.nextInt(2)], NEED_WORDS[4 + random.nextInt(2)]) : List.of());
        for (int c = listed ? random.nextInt(2) : 1 + random.nextInt(2); c > 0; c--) {
            competences.add(WORDS[random.nextInt(WORDS.length)]);
        }
        citizen.put("competences", competences.stream().distinct().toList());
        citizen.put("experience", "Erfaring med " + WORDS[random.nextInt(WORDS.length)]
                + (random.nextBoolean() ? " og " + WORDS[random.nextInt(WORDS.length)] : ""));
        citizen.put("jobGoals", listed || random.nextInt(4) == 0
                ? List.of(Map.of("priority", String.valueOf("ABC".charAt(random.nextInt(3))), "title", "Byggepladsmedhjælper"))
                : List.of());
        citizen.put("accommodations", random.nextInt(3) == 0 ? List.of("NO_HEAVY_LIFTING") : List.of());
        citizen.put("hoursPerWeek", Map.of("min", 2 + random.nextInt(4), "max", 6 + random.nextInt(8)));
        citizen.put("location", Map.of("postcode", "9900", "lat", 57.441 + (random.nextDouble() - 0.5) * 0.2,
                "lon", 10.537 + (random.nextDouble() - 0.5) * 0.3));
        citizen.put("maxTravelKm", 20 + random.nextInt(20));
        return citizen;
    }
}
