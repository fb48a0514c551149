package dk.jobmatch.bulk;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import dk.jobmatch.wording.Phrase;
import dk.jobmatch.wording.PhraseWarnings;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The cost of the import report's warnings: the same kind of NDJSON body of {@code -Dbench.citizens}
 * profiles (5,000 by default) imported with and without warnings, interleaved rounds in one JVM.
 * Each profile has 5 competences and 2 job goals; 1 phrase in 100 (then 1 in 6) is one of 60 unknown
 * phrases, the rest are labels of the vocabulary, so phrases recur across profiles as they do in a
 * municipality.
 * Prints the times; asserts none. Run:
 * {@code jm-mvn test -Dtest=ImportWarningsBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@ServerTest
@Tag(Tiers.BENCHMARK)
class ImportWarningsBenchmark extends ApiTestSupport {

    private static final int CITIZENS = Integer.getInteger("bench.citizens", 5000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Inject
    BulkImport bulk;
    @Inject
    PhraseWarnings phraseWarnings;

    @Test
    void importWithAndWithoutWarnings() {
        Random random = new Random(24);
        List<String> labels = new ArrayList<>(ConceptVocabulary.danish().labels().keySet());
        labels.sort(null);
        List<String> unknown = IntStream.range(0, 60).mapToObj(i -> "ukendtord" + (char) ('a' + i % 26)
                + (char) ('a' + i / 26)).toList();
        try {
            run(citizens(random, labels, unknown, 1000, 6), true, "warm-up");
            run(citizens(random, labels, unknown, 1000, 6), false, "warm-up");
            for (int round = 1; round <= ROUNDS; round++) {
                // 1 phrase in 100 unknown: about 350 warnings, under the cap, so every line is checked;
                // 1 in 6: the cap is reached after about 630 lines.
                for (int every : new int[] {100, 6}) {
                    String what = "round " + round + ", 1 phrase in " + every + " unknown";
                    run(citizens(random, labels, unknown, CITIZENS, every), false, what);
                    run(citizens(random, labels, unknown, CITIZENS, every), true, what);
                }
            }
        } finally {
            bulk.reportWarnings = true;
        }
    }

    private void run(List<Map<String, Object>> citizens, boolean warnings, String what) {
        if (warnings) {
            measureWarningsAlone(citizens, what);
        }
        String body = ImportApiTest.ndjson(citizens);
        bulk.reportWarnings = warnings;
        long started = System.nanoTime();
        List<Object> listed = api.as(api.integration()).contentType("application/x-ndjson; charset=utf-8")
                .queryParam("batchSize", 1000).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import/citizens").then().statusCode(200)
                .extract().jsonPath().getList("warnings");
        long millis = (System.nanoTime() - started) / 1_000_000;
        long lines = body.lines().count();
        System.out.printf("import warnings benchmark: %s, warnings %s: %d lines in %d ms (%.0f lines/s), %d lines with warnings listed%n",
                what, warnings ? "on " : "off", lines, millis, lines * 1000.0 / millis, listed == null ? 0 : listed.size());
    }

    /** The report's warnings alone for these profiles (what an import with warnings adds), five times. */
    private void measureWarningsAlone(List<Map<String, Object>> citizens, String what) {
        List<StoredLine> lines = new ArrayList<>();
        for (Map<String, Object> citizen : citizens) {
            List<Phrase> phrases = new ArrayList<>();
            for (Object competence : (List<?>) citizen.get("competences")) {
                phrases.add(new Phrase("competences[" + phrases.size() + "]", (String) competence));
            }
            for (Object goal : (List<?>) citizen.get("jobGoals")) {
                phrases.add(new Phrase("jobGoals[].title", (String) ((Map<?, ?>) goal).get("title")));
            }
            lines.add(new StoredLine(lines.size() + 1, "id", null, phrases));
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            new ReportedWarnings(phraseWarnings).add(lines);
            micros.add((System.nanoTime() - started) / 1000);
        }
        System.out.printf("import warnings benchmark: %s, the warnings alone for %d lines: %s µs%n",
                what, lines.size(), micros);
    }

    private static List<Map<String, Object>> citizens(Random random, List<String> labels, List<String> unknown,
                                                      int count, int every) {
        List<Map<String, Object>> citizens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
            citizen.put("competences", IntStream.range(0, 5).mapToObj(k -> phrase(random, labels, unknown, every)).toList());
            citizen.put("jobGoals", List.of(Map.of("priority", "A", "title", phrase(random, labels, unknown, every)),
                    Map.of("priority", "B", "title", phrase(random, labels, unknown, every))));
            citizens.add(citizen);
        }
        return citizens;
    }

    private static String phrase(Random random, List<String> labels, List<String> unknown, int every) {
        return random.nextInt(every) == 0 ? unknown.get(random.nextInt(unknown.size()))
                : labels.get(random.nextInt(labels.size()));
    }
}
