package dk.jobmatch.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@ServerTest
class ImportApiTest extends ApiTestSupport {

    private static final String NDJSON = "application/x-ndjson; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void citizensAreStoredInBatchesIndexedAndAudited() {
        String word = "importforsøg" + System.nanoTime();
        List<Map<String, Object>> lines = IntStream.range(0, 7)
                .mapToObj(i -> TestData.citizen("Erfaring med " + word, "pakning", word)).toList();
        long audited = tables.count("audit_entry");

        importing("citizens", ndjson(lines), 3)
                .statusCode(200)
                .body("lines", equalTo(7)).body("stored", equalTo(7)).body("rejected", equalTo(0))
                .body("batches.firstLine", contains(1, 4, 7))
                .body("batches.stored", contains(true, true, true))
                .body("failedLines.size()", equalTo(0));

        // Each stored profile is in the audit log, and searchable as soon as the answer arrives.
        assertThat(tables.count("audit_entry") - audited).isEqualTo(7);
        assertThat(api.searchCitizenIds(consultant, word)).hasSize(7);
    }

    @Test
    void aBatchWithOneBadLineStoresNothingAndTheReportSaysWhy() {
        String word = "halvimport" + System.nanoTime();
        List<String> lines = new ArrayList<>();
        lines.add(json(TestData.citizen("Erfaring", word)));                        // 1  batch 1
        lines.add("");                                                              // 2  blank
        Map<String, Object> cpr = TestData.citizen("Erfaring", word);
        cpr.put("externalRef", "010203-1234");
        lines.add(json(cpr));                                                       // 3  batch 1: CPR
        lines.add(json(TestData.citizen("Erfaring", word)));                        // 4  batch 2
        lines.add("{not json");                                                     // 5  batch 2
        lines.add(json(TestData.citizen("Erfaring", word)));                        // 6  batch 3
        lines.add(json(TestData.citizen("Erfaring", word)));                        // 7  batch 3
        String before = tables.writeFootprint();
        Map<String, Object> unknownCode = TestData.citizen("Erfaring", word);
        unknownCode.put("accommodations", List.of("NO_SUCH_THING"));
        lines.add(json(unknownCode));                                               // 8  batch 4

        ValidatableResponse report = importing("citizens", String.join("\n", lines), 2).statusCode(200)
                .body("lines", equalTo(7)).body("stored", equalTo(2)).body("rejected", equalTo(5))
                .body("batches.stored", contains(false, false, true, false))
                .body("failedLines.line", contains(3, 5, 8))
                .body("failedLines[0].errors.field", hasItem("externalRef"))
                .body("failedLines[1].errors[0].field", equalTo("body"))
                .body("failedLines[2].errors[0].field", equalTo("accommodations[0]"))
                .body("failedLines[2].errors[0].message", equalTo("unknown code 'NO_SUCH_THING'"));
        assertThat(report.extract().asString()).doesNotContain("dk.jobmatch", "Exception");

        // Only batch 3 (lines 6 and 7) was stored: two profiles, nothing of the rejected ones.
        assertThat(api.searchCitizenIds(consultant, word)).hasSize(2);
        assertThat(before).isNotEqualTo(tables.writeFootprint());
        assertThat(tables.count("citizen")).isEqualTo(countIn(before, "citizen") + 2);
        assertThat(tables.count("outbox")).isEqualTo(countIn(before, "outbox") + 2);
    }

    @Test
    void aKnownExternalRefReplacesThatProfileAndKeepsItsId() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        String id = api.createCitizen(consultant, citizen);
        String word = "genimport" + System.nanoTime();
        citizen.put("competences", List.of(word));
        long citizens = tables.count("citizen");

        importing("citizens", json(citizen), 10).statusCode(200).body("stored", equalTo(1));

        assertThat(tables.count("citizen")).isEqualTo(citizens);
        assertThat(api.searchCitizenIds(consultant, word)).containsExactly(id);
        api.as(consultant).get("/api/v1/citizens/" + id).then().statusCode(200)
                .body("competences", contains(word));
    }

    @Test
    void theSameExternalRefTwiceInABatchIsRefused() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        String before = tables.writeFootprint();
        importing("citizens", ndjson(List.of(citizen, citizen)), 10).statusCode(200)
                .body("stored", equalTo(0))
                .body("failedLines.line", contains(2))
                .body("failedLines[0].errors[0].field", equalTo("externalRef"));
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void needsNameTheirEmployerAndUnknownEmployersAreReported() {
        String employer = api.createEmployer(consultant, "Importvirksomhed", TestData.randomCvr());
        String word = "importopgave" + System.nanoTime();
        Map<String, Object> need = TestData.need(word, TestData.task(word + " og pakning", 6, "pakning"));
        need.put("employerId", employer);
        Map<String, Object> orphan = TestData.need(word, TestData.task("Oprydning", 6));
        orphan.put("employerId", "no-such-employer");
        Map<String, Object> anonymous = TestData.need(word, TestData.task("Oprydning", 6));

        importing("needs", ndjson(List.of(need, need, orphan, anonymous)), 2).statusCode(200)
                .body("stored", equalTo(2))
                .body("failedLines.line", contains(3, 4))
                .body("failedLines.errors.message", contains(List.of("no such employer"), List.of("is required")));

        List<String> found = api.searchNeedIds(consultant, word);
        assertThat(found).hasSize(2);
        api.as(consultant).get("/api/v1/needs/" + found.getFirst()).then().statusCode(200)
                .body("employerId", equalTo(employer))
                .body("tasks[0].id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void storedLinesReportTheWarningsASingleCreateWouldAnswer() {
        Map<String, Object> known = TestData.citizen(TestData.randomExternalRef());
        Map<String, Object> misspelt = TestData.citizen(TestData.randomExternalRef());
        misspelt.put("competences", List.of("rengøring", "rengørinng", "flumsedims"));
        misspelt.put("jobGoals", List.of(Map.of("priority", "A", "title", "Klatregrimassør")));
        Map<String, Object> refused = TestData.citizen(TestData.randomExternalRef());
        refused.put("competences", List.of("flumsedims"));
        refused.put("externalRef", "010203-1234");

        // Batch 1 (lines 1-2) is stored, batch 2 (lines 3-4) is refused for line 4.
        String body = ndjson(List.of(known, misspelt, unknown(TestData.randomExternalRef()), refused));
        ValidatableResponse report = importing("citizens", body, 2).statusCode(200)
                .body("stored", equalTo(2))
                .body("failedLines.line", contains(4))
                .body("warnings.line", contains(2))
                .body("warningsTruncated", equalTo(false))
                .body("warnings[0].externalRef", equalTo(misspelt.get("externalRef")))
                .body("warnings[0].warnings.field", contains("competences[1]", "competences[2]", "jobGoals[0].title"))
                .body("warnings[0].warnings[0].message", startsWith("\"rengørinng\" læst som \"rengøring\""))
                .body("warnings[0].warnings[0].suggestions[0].conceptId", equalTo("cleaning.rengoering"))
                .body("warnings[0].warnings[1]", not(hasKey("suggestions")));
        String id = report.extract().path("warnings[0].id");

        // The same warnings as the profile itself answers, and the phrases are stored as written.
        api.as(consultant).get("/api/v1/citizens/" + id).then().statusCode(200)
                .body("externalRef", equalTo(misspelt.get("externalRef")))
                .body("competences", contains("rengøring", "rengørinng", "flumsedims"))
                .body("warnings.field", contains("competences[1]", "competences[2]", "jobGoals[0].title"));
    }

    @Test
    void anImportWithoutUnknownPhrasesHasNoWarnings() {
        importing("citizens", ndjson(List.of(TestData.citizen(TestData.randomExternalRef()))), 10).statusCode(200)
                .body("stored", equalTo(1))
                .body("$", not(hasKey("warnings")))
                .body("$", not(hasKey("warningsTruncated")));
    }

    @Test
    void importedNeedsReportTheirWarningsByLineAndNewId() {
        String employer = api.createEmployer(consultant, "Advarselsvirksomhed", TestData.randomCvr());
        Map<String, Object> known = TestData.need("Rengøring", TestData.task("Rengøring af kontorer", 6, "gulvvask"));
        known.put("employerId", employer);
        Map<String, Object> unknown = TestData.need("Rengøring", TestData.task("Rengøring af kontorer", 6, "gulvvask"),
                TestData.task("Flumsedimse klatregrimasser", 6, "klatregrimasse"));
        unknown.put("employerId", employer);

        String id = importing("needs", ndjson(List.of(known, unknown)), 10).statusCode(200)
                .body("stored", equalTo(2))
                .body("warnings.line", contains(2))
                .body("warnings[0]", not(hasKey("externalRef")))
                .body("warnings[0].warnings.field", contains("tasks[1].title", "tasks[1].competences[0]"))
                .extract().path("warnings[0].id");

        api.as(consultant).get("/api/v1/needs/" + id).then().statusCode(200)
                .body("employerId", equalTo(employer))
                .body("warnings.field", contains("tasks[1].title", "tasks[1].competences[0]"));
    }

    @Test
    void atMostAThousandWarningsAreListedAndTheReportSaysWhenSomeWereLeftOut() {
        // 60 unknown phrases a line (50 competences, 10 job goals): line 17 holds warnings 961-1020.
        List<Map<String, Object>> lines = IntStream.range(0, 18)
                .mapToObj(i -> unknown(TestData.randomExternalRef())).toList();

        importing("citizens", ndjson(lines), 1000).statusCode(200)
                .body("stored", equalTo(18))
                .body("warnings.line", contains(IntStream.rangeClosed(1, 17).boxed().toArray()))
                .body("warnings[15].warnings.size()", equalTo(60))
                .body("warnings[16].warnings.size()", equalTo(40))
                .body("warnings.warnings.flatten().size()", equalTo(1000))
                .body("warningsTruncated", equalTo(true));
    }

    /** A profile whose 50 competences and 10 job goals are all unknown. */
    private static Map<String, Object> unknown(String externalRef) {
        Map<String, Object> citizen = TestData.citizen(externalRef);
        citizen.put("competences", IntStream.range(0, 50).mapToObj(i -> "flumsedims" + (char) ('a' + i % 26)
                + (char) ('a' + i / 26)).toList());
        citizen.put("jobGoals", IntStream.range(0, 10).mapToObj(i -> Map.of("priority", "B",
                "title", "klatregrimasse" + (char) ('a' + i))).toList());
        return citizen;
    }

    @Test
    void onlyIntegrationsAndAdministratorsMayImport() {
        String before = tables.writeFootprint();
        String line = json(TestData.citizen(TestData.randomExternalRef()));
        for (String token : List.of(consultant, api.employerLogin(consultant,
                api.createEmployer(consultant, "Importforbud", TestData.randomCvr()), "imp" + System.nanoTime()))) {
            api.as(token).contentType(NDJSON).body(utf8(line)).post("/api/v1/import/citizens")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        api.anonymous().contentType(NDJSON).body(utf8(line)).post("/api/v1/import/citizens").then().statusCode(401);
        assertThat(tables.writeFootprint()).isEqualTo(before.replaceAll("account=\\d+ ", "account=" + tables.count("account") + " ")
                .replaceAll("employer=\\d+ ", "employer=" + tables.count("employer") + " "));
        importing("citizens", line, 1).statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void batchSizeOutOfRangeIs400() {
        api.as(api.integration()).contentType(NDJSON).queryParam("batchSize", 0).body(utf8("{}"))
                .post("/api/v1/import/citizens").then().statusCode(400).contentType("application/problem+json");
        api.as(api.integration()).contentType(NDJSON).queryParam("batchSize", 5001).body(utf8("{}"))
                .post("/api/v1/import/needs").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBodyOverOneMegabyteIsStreamedNotRefused() {
        String word = "storimport" + System.nanoTime();
        String padding = "x".repeat(1500);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            Map<String, Object> citizen = TestData.citizen("Erfaring " + padding, word);
            lines.add(citizen);
        }
        String body = ndjson(lines);
        assertThat(body.length()).isGreaterThan(1_200_000);
        importing("citizens", body, 500).statusCode(200).body("stored", equalTo(900));
    }

    private ValidatableResponse importing(String target, String body, int batchSize) {
        return api.as(api.integration()).contentType(NDJSON).queryParam("batchSize", batchSize).body(utf8(body))
                .post("/api/v1/import/" + target).then();
    }

    // As bytes: REST Assured has no encoder for NDJSON, and the charset must be UTF-8.
    private static byte[] utf8(String body) {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String ndjson(List<Map<String, Object>> lines) {
        return lines.stream().map(ImportApiTest::json).collect(Collectors.joining("\n")) + "\n";
    }

    private static String json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long countIn(String footprint, String table) {
        for (String part : footprint.split(" ")) {
            if (part.startsWith(table + "=")) {
                return Long.parseLong(part.substring(table.length() + 1));
            }
        }
        throw new IllegalArgumentException(table);
    }
}
