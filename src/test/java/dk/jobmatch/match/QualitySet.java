package dk.jobmatch.match;

import dk.jobmatch.support.Api;
import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quality set ({@code employers}, {@code needs} with tasks, {@code citizens}, each with a {@code key})
 * loaded through the API, shared by the quality gates ({@link MatchingQualityTest},
 * {@link VocabularyGate}): it remembers which id each key got, the hard constraints of each side
 * as {@link ContractRules} specs, and each side's text; and it reads the service's rankings, checking
 * every result against the contract's guarantees on the way.
 */
final class QualitySet {

    /** One result of a match list: the other side's key (null if not from this set), its fit tier, score and explanation. */
    record Ranked(String key, String fit, double score, List<Map<String, Object>> explanation) {
    }

    private final Api api;
    private final String token;
    private final JsonPath json;
    private final Map<String, String> keyById = new HashMap<>();
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, ContractRules.NeedSpec> needSpecs = new HashMap<>();
    private final Map<String, ContractRules.CitizenSpec> citizenSpecs = new HashMap<>();
    private final Map<String, String> needTexts = new HashMap<>();
    private final Map<String, String> citizenTexts = new HashMap<>();

    private QualitySet(Api api, String token, JsonPath json) {
        this.api = api;
        this.token = token;
        this.json = json;
    }

    /** Reads the set from a class-path resource and creates its employers, needs and citizens as {@code token}. */
    static QualitySet load(Api api, String token, String resource) {
        QualitySet set = new QualitySet(api, token, JsonPath.from(QualitySet.class.getResourceAsStream(resource)));
        set.load();
        return set;
    }

    JsonPath json() {
        return json;
    }

    /**
     * The graded judgements by query: by need ({@code byNeed}: need key to citizen key to grade) or
     * by citizen (citizen key to need key to grade).
     */
    Map<String, Map<String, Integer>> judgements(boolean byNeed) {
        Map<String, Map<String, Integer>> byQuery = new HashMap<>();
        for (Map<String, Object> j : json.<Map<String, Object>>getList("judgements")) {
            String need = (String) j.get("need");
            String citizen = (String) j.get("citizen");
            byQuery.computeIfAbsent(byNeed ? need : citizen, k -> new HashMap<>())
                    .put(byNeed ? citizen : need, ((Number) j.get("grade")).intValue());
        }
        return byQuery;
    }

    String key(String id) {
        return keyById.get(id);
    }

    /** The id the service gave the need, citizen or employer {@code key} (needs and citizens only). */
    String id(String key) {
        return idByKey.get(key);
    }

    String needText(String key) {
        return needTexts.get(key);
    }

    String citizenText(String key) {
        return citizenTexts.get(key);
    }

    ContractRules.NeedSpec needSpec(String key) {
        return needSpecs.get(key);
    }

    ContractRules.CitizenSpec citizenSpec(String key) {
        return citizenSpecs.get(key);
    }

    /** The service's ranking of citizens for a need, as keys. */
    List<String> citizensFor(String needKey) {
        return keys(matchesForNeed(needKey));
    }

    /** The service's ranking of needs for a citizen, as keys. */
    List<String> needsFor(String citizenKey) {
        return keys(matchesForCitizen(citizenKey));
    }

    /** {@code GET /api/v1/needs/{id}/matches?limit=K}, each result checked against the exact task bundles. */
    List<Ranked> matchesForNeed(String needKey) {
        return matches("/api/v1/needs/", needKey, "citizenId");
    }

    /** {@code GET /api/v1/citizens/{id}/matches?limit=K}, each result checked against the exact task bundles. */
    List<Ranked> matchesForCitizen(String citizenKey) {
        return matches("/api/v1/citizens/", citizenKey, "needId");
    }

    private static List<String> keys(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::key).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Ranked> matches(String prefix, String key, String otherIdField) {
        List<Map<String, Object>> results = api.as(token).queryParam("limit", RankingMetrics.K)
                .get(prefix + idByKey.get(key) + "/matches").then().statusCode(200).extract().path("results");
        List<Ranked> ranking = new ArrayList<>();
        for (Map<String, Object> result : results) {
            String needKey = keyById.get((String) result.get("needId"));
            String citizenKey = keyById.get((String) result.get("citizenId"));
            assertThat(ContractRules.valid(needSpecs.get(needKey), citizenSpecs.get(citizenKey),
                    (List<String>) result.get("matchedTaskIds"), ((Number) result.get("proposedHoursPerWeek")).doubleValue()))
                    .as("%s / %s", needKey, citizenKey).isTrue();
            ranking.add(new Ranked(keyById.get((String) result.get(otherIdField)), (String) result.get("fit"),
                    ((Number) result.get("score")).doubleValue(),
                    (List<Map<String, Object>>) result.getOrDefault("explanation", List.of())));
        }
        return ranking;
    }

    @SuppressWarnings("unchecked")
    private void load() {
        Map<String, String> employerIds = new HashMap<>();
        Map<String, Map<String, Object>> employerLocations = new HashMap<>();
        for (Map<String, Object> employer : json.<Map<String, Object>>getList("employers")) {
            Map<String, Object> body = new HashMap<>(employer);
            String key = (String) body.remove("key");
            employerIds.put(key, api.as(token).body(body).post("/api/v1/employers").then().log().ifValidationFails().statusCode(201)
                    .extract().path("id"));
            employerLocations.put(key, (Map<String, Object>) employer.get("location"));
        }
        for (Map<String, Object> need : json.<Map<String, Object>>getList("needs")) {
            Map<String, Object> body = new HashMap<>(need);
            String key = (String) body.remove("key");
            String employer = (String) body.remove("employer");
            JsonPath created = api.as(token).body(body).post("/api/v1/employers/" + employerIds.get(employer) + "/needs")
                    .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
            remember(key, created.getString("id"));
            needSpecs.put(key, RandomScenarios.needSpec(body, created.getList("tasks.id"), employerLocations.get(employer)));
            StringBuilder text = new StringBuilder(body.get("title") + " " + body.getOrDefault("description", ""));
            for (Map<String, Object> task : (List<Map<String, Object>>) body.get("tasks")) {
                text.append(' ').append(task.get("title")).append(' ').append(task.getOrDefault("description", ""))
                        .append(' ').append(String.join(" ", (List<String>) task.getOrDefault("competences", List.of())));
            }
            needTexts.put(key, text.toString());
        }
        for (Map<String, Object> citizen : json.<Map<String, Object>>getList("citizens")) {
            Map<String, Object> body = new HashMap<>(citizen);
            String key = (String) body.remove("key");
            remember(key, api.createCitizen(token, body));
            citizenSpecs.put(key, RandomScenarios.citizenSpec(body));
            StringBuilder text = new StringBuilder(String.join(" ", (List<String>) body.getOrDefault("competences", List.of())));
            text.append(' ').append(body.getOrDefault("experience", ""));
            for (Map<String, Object> goal : (List<Map<String, Object>>) body.getOrDefault("jobGoals", List.of())) {
                text.append(' ').append(goal.get("title"));
            }
            citizenTexts.put(key, text.toString());
        }
    }

    private void remember(String key, String id) {
        keyById.put(id, key);
        idByKey.put(key, id);
    }
}
