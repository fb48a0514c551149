package dk.jobmatch.wording;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many of the quality sets' phrases the vocabulary does not know, per kind of field, written
 * to {@code target/unknown-phrases.md} with every unknown phrase (the figures in
 * docs/matching-quality.md come from there). Checks only that each unknown phrase gets one warning.
 */
class UnknownPhrasesInTheQualitySetsTest {

    private static final List<String> SETS = List.of("matching-set.json", "vocabulary-mismatch-set.json");

    @Test
    void countsTheUnknownPhrasesOfBothSets() throws IOException {
        StringBuilder report = new StringBuilder("| set | field | phrases | unknown |\n|---|---|---|---|\n");
        StringBuilder listing = new StringBuilder();
        for (String set : SETS) {
            JsonPath json = JsonPath.from(getClass().getResourceAsStream("/quality/" + set));
            Map<String, List<Phrase>> byKind = new TreeMap<>();
            for (Map<String, Object> citizen : json.<Map<String, Object>>getList("citizens")) {
                add(byKind, "citizen competences", "competences", strings(citizen.get("competences")));
                add(byKind, "citizen job goals", "jobGoals", titles(citizen.get("jobGoals")));
            }
            for (Map<String, Object> need : json.<Map<String, Object>>getList("needs")) {
                List<Map<String, Object>> tasks = maps(need.get("tasks"));
                add(byKind, "task titles", "tasks", titles(tasks));
                for (Map<String, Object> task : tasks) {
                    add(byKind, "task competences", "competences", strings(task.get("competences")));
                }
            }
            for (Map.Entry<String, List<Phrase>> kind : byKind.entrySet()) {
                List<Warning> warnings = PhraseWarningsTest.WARNINGS.check(kind.getValue());
                long unknown = kind.getValue().stream().filter(p -> !PhraseWarningsTest.WARNINGS.isKnown(p.text())).count();
                // The other warnings are of phrases known through a misspelt word, or an abbreviation read by guessing, read as a label's ("læst som").
                assertThat(warnings.stream().filter(w -> w.message().startsWith("ukendt ord"))).hasSize((int) unknown);
                report.append("| ").append(set).append(" | ").append(kind.getKey()).append(" | ")
                        .append(kind.getValue().size()).append(" | ").append(unknown).append(" |\n");
                warnings.forEach(w -> listing.append("- ").append(set).append(' ').append(kind.getKey()).append(": ")
                        .append(w.message()).append('\n'));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/unknown-phrases.md"), report + "\n" + listing);
        System.out.println(report);
    }

    private static void add(Map<String, List<Phrase>> byKind, String kind, String field, List<String> texts) {
        List<Phrase> phrases = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        for (String text : texts) {
            phrases.add(new Phrase(field + "[" + phrases.size() + "]", text));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> titles(Object value) {
        return maps(value).stream().map(m -> (String) m.get("title")).toList();
    }
}
