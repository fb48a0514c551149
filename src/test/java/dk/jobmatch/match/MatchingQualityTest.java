package dk.jobmatch.match;

import dk.jobmatch.search.CandidateQuery;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.search.SearchService;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.Tiers;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching-quality harness: a labelled set written from the domain reports
 * ({@code quality/matching-set.json}: needs, citizens, graded judgements, near-misses that break
 * exactly one constraint) is loaded through the API, and both match directions are measured
 * against a naive baseline (plain BM25 over all text, no filters, no carving) in the same run.
 * The run fails on any constraint violation or if nDCG@10 falls below the figures committed in
 * {@code docs/matching-quality.md}.
 */
@ServerTest
@Tag(Tiers.QUALITY)
class MatchingQualityTest extends ApiTestSupport {

    private static final double TOLERANCE = 0.02;
    private static final Path COMMITTED = Path.of("docs/matching-quality.md");
    private static final Path REPORT = Path.of("target/matching-quality.md");

    @Inject
    SearchService search;

    private final Map<String, String> keyById = new HashMap<>();
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, ContractRules.NeedSpec> needSpecs = new HashMap<>();
    private final Map<String, ContractRules.CitizenSpec> citizenSpecs = new HashMap<>();
    private final Map<String, String> needTexts = new HashMap<>();
    private final Map<String, String> citizenTexts = new HashMap<>();

    record Score(double ndcg, double mrr, int violations, int queries) {
    }

    @Test
    void matcherBeatsTheBaselineWithoutViolations() throws IOException {
        JsonPath set = JsonPath.from(getClass().getResourceAsStream("/quality/matching-set.json"));
        load(set);
        Map<String, Map<String, Integer>> byNeed = new HashMap<>();
        Map<String, Map<String, Integer>> byCitizen = new HashMap<>();
        for (Map<String, Object> j : set.<Map<String, Object>>getList("judgements")) {
            int grade = ((Number) j.get("grade")).intValue();
            byNeed.computeIfAbsent((String) j.get("need"), k -> new HashMap<>()).put((String) j.get("citizen"), grade);
            byCitizen.computeIfAbsent((String) j.get("citizen"), k -> new HashMap<>()).put((String) j.get("need"), grade);
        }

        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("need → citizens | matcher", evaluate(byNeed, key -> matcher("/api/v1/needs/", key, "citizenId"), true));
        scores.put("need → citizens | baseline", evaluate(byNeed, key -> baseline("citizen", needTexts.get(key),
                Map.of("competences", 1f, "experience", 1f, "jobGoals", 1f)), true));
        scores.put("citizen → needs | matcher", evaluate(byCitizen, key -> matcher("/api/v1/citizens/", key, "needId"), false));
        scores.put("citizen → needs | baseline", evaluate(byCitizen, key -> baseline("need", citizenTexts.get(key),
                Map.of("title", 1f, "description", 1f, "tasks", 1f, "competences", 1f)), false));
        String report = report(scores);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);

        Score needMatcher = scores.get("need → citizens | matcher");
        Score citizenMatcher = scores.get("citizen → needs | matcher");
        assertThat(needMatcher.violations() + citizenMatcher.violations()).as("constraint violations").isZero();
        assertThat(needMatcher.ndcg()).isGreaterThan(scores.get("need → citizens | baseline").ndcg());
        assertThat(citizenMatcher.ndcg()).isGreaterThan(scores.get("citizen → needs | baseline").ndcg());
        Map<String, Double> committed = committedNdcg();
        assertThat(committed).as("committed figures in " + COMMITTED).containsKeys("need → citizens", "citizen → needs");
        assertThat(needMatcher.ndcg()).isGreaterThanOrEqualTo(committed.get("need → citizens") - TOLERANCE);
        assertThat(citizenMatcher.ndcg()).isGreaterThanOrEqualTo(committed.get("citizen → needs") - TOLERANCE);
    }

    private Score evaluate(Map<String, Map<String, Integer>> judgements, java.util.function.Function<String, List<String>> ranker,
                           boolean fromNeed) {
        double ndcg = 0;
        double mrr = 0;
        int queries = 0;
        int violations = 0;
        for (var entry : judgements.entrySet()) {
            String query = entry.getKey();
            List<String> ranking = ranker.apply(query);
            for (String other : ranking) {
                String need = fromNeed ? query : other;
                String citizen = fromNeed ? other : query;
                if (!ContractRules.anyValidBundle(needSpecs.get(need), citizenSpecs.get(citizen))) {
                    violations++;
                }
            }
            if (entry.getValue().values().stream().anyMatch(g -> g > 0)) {
                ndcg += RankingMetrics.ndcgAtK(ranking, entry.getValue());
                mrr += RankingMetrics.reciprocalRank(ranking, entry.getValue());
                queries++;
            }
        }
        return new Score(ndcg / queries, mrr / queries, violations, queries);
    }

    /** The service's ranking; its own results are also checked against the exact task bundles. */
    @SuppressWarnings("unchecked")
    private List<String> matcher(String prefix, String key, String otherIdField) {
        List<Map<String, Object>> results = api.as(consultant).queryParam("limit", RankingMetrics.K)
                .get(prefix + idByKey.get(key) + "/matches").then().statusCode(200).extract().path("results");
        List<String> ranking = new ArrayList<>();
        for (Map<String, Object> result : results) {
            String needKey = keyById.get((String) result.get("needId"));
            String citizenKey = keyById.get((String) result.get("citizenId"));
            assertThat(ContractRules.valid(needSpecs.get(needKey), citizenSpecs.get(citizenKey),
                    (List<String>) result.get("matchedTaskIds"), ((Number) result.get("proposedHoursPerWeek")).doubleValue()))
                    .as("%s / %s", needKey, citizenKey).isTrue();
            ranking.add(keyById.get((String) result.get(otherIdField)));
        }
        return ranking;
    }

    private List<String> baseline(String type, String text, Map<String, Float> fields) {
        List<ScoredId> hits = search.candidates(new CandidateQuery(type, text, fields, List.of(), RankingMetrics.K));
        return hits.stream().filter(h -> h.score() > 0).map(h -> keyById.get(h.id())).toList();
    }

    @SuppressWarnings("unchecked")
    private void load(JsonPath set) {
        Map<String, String> employerIds = new HashMap<>();
        Map<String, Map<String, Object>> employerLocations = new HashMap<>();
        for (Map<String, Object> employer : set.<Map<String, Object>>getList("employers")) {
            Map<String, Object> body = new HashMap<>(employer);
            String key = (String) body.remove("key");
            employerIds.put(key, api.as(consultant).body(body).post("/api/v1/employers").then().log().ifValidationFails().statusCode(201)
                    .extract().path("id"));
            employerLocations.put(key, (Map<String, Object>) employer.get("location"));
        }
        for (Map<String, Object> need : set.<Map<String, Object>>getList("needs")) {
            Map<String, Object> body = new HashMap<>(need);
            String key = (String) body.remove("key");
            String employer = (String) body.remove("employer");
            JsonPath created = api.as(consultant).body(body).post("/api/v1/employers/" + employerIds.get(employer) + "/needs")
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
        for (Map<String, Object> citizen : set.<Map<String, Object>>getList("citizens")) {
            Map<String, Object> body = new HashMap<>(citizen);
            String key = (String) body.remove("key");
            remember(key, api.createCitizen(consultant, body));
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

    private static String report(Map<String, Score> scores) {
        StringBuilder table = new StringBuilder("| direction | system | nDCG@10 | MRR | violations | queries |\n")
                .append("|---|---|---|---|---|---|\n");
        scores.forEach((name, s) -> table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d |%n",
                name, s.ndcg(), s.mrr(), s.violations(), s.queries())));
        return table.toString();
    }

    private static Map<String, Double> committedNdcg() throws IOException {
        Map<String, Double> committed = new HashMap<>();
        if (!Files.exists(COMMITTED)) {
            return committed;
        }
        Matcher row = Pattern.compile("^\\| (.+?) \\| matcher \\| ([0-9.]+) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(COMMITTED));
        while (row.find()) {
            committed.put(row.group(1), Double.parseDouble(row.group(2)));
        }
        return committed;
    }
}
