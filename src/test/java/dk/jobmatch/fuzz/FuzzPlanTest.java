package dk.jobmatch.fuzz;

import dk.jobmatch.fuzz.Contract.Operation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz plan without a server: the same seed gives the same requests, every operation gets every
 * category that applies to it, the valid examples really are valid against the contract, and the
 * mutations reach inside arrays and nested objects.
 */
class FuzzPlanTest {

    private static final Contract CONTRACT = Contract.load();

    @Test
    void theSameSeedGivesTheSameRequestsAndAnotherSeedOthers() {
        List<String> first = fingerprints(FuzzPlan.draw(CONTRACT, 42, 2_000));
        List<String> again = fingerprints(FuzzPlan.draw(CONTRACT, 42, 2_000));
        List<String> other = fingerprints(FuzzPlan.draw(CONTRACT, 43, 2_000));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void thePostgresRunsShorterPlanStillOpensWithEveryOperationInEveryCategory() throws Exception {
        // pom.xml's PostgreSQL execution sends fewer requests than the H2 run; the plan's opening,
        // one per operation and applicable category, must fit in them with room for random draws.
        Matcher postgres = Pattern.compile("<jobmatch\\.fuzz\\.requests>(\\d+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(postgres.find()).as("pom.xml sets the PostgreSQL run's jobmatch.fuzz.requests").isTrue();
        int opening = FuzzPlan.opening(CONTRACT);
        assertThat(opening).as("the opening").isGreaterThan(CONTRACT.operations().size() * 3);
        assertThat(Integer.parseInt(postgres.group(1))).as("requests in the PostgreSQL run, opening %d", opening)
                .isGreaterThanOrEqualTo(opening + 200);
    }

    @Test
    void everyOperationGetsEveryCategoryThatAppliesToIt() {
        Map<String, Set<Category>> seen = new HashMap<>();
        int count = 0;
        for (FuzzCase c : FuzzPlan.of(CONTRACT, 1, 10_000)) {
            seen.computeIfAbsent(c.operationId(), id -> EnumSet.noneOf(Category.class)).add(c.category());
            count++;
        }
        assertThat(count).isEqualTo(10_000);
        for (Operation operation : CONTRACT.operations()) {
            assertThat(seen).as("every operation of the contract").containsKey(operation.id());
            assertThat(seen.get(operation.id())).as(operation.id()).contains(Category.VALID, Category.QUERY,
                    Category.HEADERS);
            if (operation.hasBody()) {
                assertThat(seen.get(operation.id())).as(operation.id()).contains(Category.MALFORMED_JSON,
                        Category.CONTENT_TYPE, Category.WRONG_TYPE, Category.NULL_VALUE, Category.MISSING_FIELD);
            }
            if (!operation.in("path").isEmpty()) {
                assertThat(seen.get(operation.id())).as(operation.id()).contains(Category.PATH_ID);
            }
        }
        assertThat(seen.values().stream().flatMap(Set::stream).distinct()).contains(Category.values());
    }

    @Test
    void mutationsReachInsideArraysAndNestedObjects() {
        // Only the small requests are kept: a plan of 10 000 holds bodies of up to a megabyte.
        List<FuzzCase> cases = new ArrayList<>();
        FuzzPlan.of(CONTRACT, 7, 10_000).forEach(c -> {
            if (c.size() < 10_000) {
                cases.add(c);
            }
        });
        assertThat(cases).anySatisfy(c -> {
            assertThat(c.category()).isEqualTo(Category.NULL_IN_ARRAY);
            assertThat(c.what()).matches("tasks\\[0]\\.(demands|schedule|competences) <- .*null.*");
        });
        assertThat(cases).anySatisfy(c -> {
            assertThat(c.category()).isEqualTo(Category.UNKNOWN_CODE);
            assertThat(c.what()).startsWith("tasks[0].hourType <- ");
        });
        assertThat(cases).anySatisfy(c -> {
            assertThat(c.category()).isEqualTo(Category.WRONG_TYPE);
            assertThat(c.what()).startsWith("hoursPerWeek.min <- ");
        });
        assertThat(cases).anySatisfy(c -> assertThat(c.body()).contains("\\ud800"));
    }

    @Test
    void theValidExamplesAreValidAgainstTheContract() {
        SchemaWalker walker = new SchemaWalker(CONTRACT, name -> null);
        for (Operation operation : CONTRACT.operations()) {
            if (operation.bodySchema() == null || !"object".equals(SchemaWalker.type(operation.bodySchema()))) {
                continue;
            }
            Object example = FuzzPlan.example(CONTRACT, operation.id());
            List<String> problems = new ArrayList<>();
            validate(walker, example, operation.bodySchema(), "", problems);
            assertThat(problems).as(operation.id() + ": " + Json.write(example)).isEmpty();
        }
    }

    @Test
    void patternsGiveMatchingExamplesAndViolations() {
        for (String pattern : List.of("^[0-9]{4}$", "^[0-9]{8}$", "^\\+?[0-9 ]{8,20}$", "^[A-Za-z0-9._/-]{1,64}$",
                "^[a-zA-Z0-9._@-]{3,100}$", "^[0-9]{1,18}$")) {
            assertThat(Patterns.example(pattern)).matches(Pattern.compile(pattern));
            assertThat(Patterns.violations(pattern)).isNotEmpty()
                    .noneMatch(v -> Pattern.compile(pattern).matcher(v).find());
        }
    }

    @Test
    void jsonIsWrittenWithEscapedLoneSurrogatesAndRawLiterals() {
        assertThat(Json.write(Map.of("a", "x\ud800y\u0000🙂"))).isEqualTo("{\"a\":\"x\\ud800y\\u0000🙂\"}");
        assertThat(Json.write(List.of(new Json.Raw("1e400"), 9.0, 0.25, 3L))).isEqualTo("[1e400,9.0,0.25,3]");
    }

    /** The checks of JSON Schema the contract uses: type, enum, ranges, lengths, pattern, items, required. */
    @SuppressWarnings("unchecked")
    private static void validate(SchemaWalker walker, Object value, Map<String, Object> raw, String at,
                                 List<String> problems) {
        Map<String, Object> schema = walker.resolve(raw);
        if (value instanceof String s && s.startsWith("@") && s.endsWith("@")) {
            return; // a token, bound to a real value when sent
        }
        if (schema.get("enum") instanceof List<?> codes && !codes.contains(value)) {
            problems.add(at + " not in enum");
        }
        switch (SchemaWalker.type(schema)) {
            case "object" -> {
                if (!(value instanceof Map<?, ?> map)) {
                    problems.add(at + " not an object");
                    return;
                }
                for (String required : SchemaWalker.required(schema)) {
                    if (!map.containsKey(required) && !SchemaWalker.properties(schema).isEmpty()) {
                        problems.add(at + "." + required + " missing");
                    }
                }
                ((Map<String, Object>) map).forEach((key, child) -> {
                    Object childSchema = SchemaWalker.properties(schema).get(key);
                    if (childSchema == null) {
                        childSchema = schema.get("additionalProperties");
                    }
                    if (!(childSchema instanceof Map<?, ?>)) {
                        problems.add(at + "." + key + " unknown");
                    } else if (walker.readOnly((Map<String, Object>) childSchema)) {
                        problems.add(at + "." + key + " read-only");
                    } else {
                        validate(walker, child, (Map<String, Object>) childSchema, at + "." + key, problems);
                    }
                });
            }
            case "array" -> {
                if (!(value instanceof List<?> list)) {
                    problems.add(at + " not an array");
                    return;
                }
                Integer min = SchemaWalker.integer(schema, "minItems");
                Integer max = SchemaWalker.integer(schema, "maxItems");
                if (min != null && list.size() < min || max != null && list.size() > max) {
                    problems.add(at + " has " + list.size() + " items");
                }
                for (int i = 0; i < list.size(); i++) {
                    validate(walker, list.get(i), (Map<String, Object>) schema.get("items"), at + "[" + i + "]", problems);
                }
            }
            case "integer", "number" -> {
                if (!(value instanceof Number number) || "integer".equals(schema.get("type"))
                        && number.doubleValue() != Math.rint(number.doubleValue())) {
                    problems.add(at + " not a " + schema.get("type"));
                    return;
                }
                Double min = SchemaWalker.number(schema, "minimum");
                Double max = SchemaWalker.number(schema, "maximum");
                if (min != null && number.doubleValue() < min || max != null && number.doubleValue() > max) {
                    problems.add(at + " out of range: " + number);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(at + " not a boolean");
                }
            }
            default -> {
                if (!(value instanceof String text)) {
                    problems.add(at + " not a string");
                    return;
                }
                Integer min = SchemaWalker.integer(schema, "minLength");
                Integer max = SchemaWalker.integer(schema, "maxLength");
                if (min != null && text.length() < min || max != null && text.length() > max) {
                    problems.add(at + " has length " + text.length());
                }
                if (schema.get("pattern") instanceof String pattern && !Pattern.compile(pattern).matcher(text).find()) {
                    problems.add(at + " does not match " + pattern);
                }
            }
        }
    }

    private static List<String> fingerprints(List<FuzzCase> cases) {
        return cases.stream().map(c -> c.category() + " " + c.method() + " " + c.path() + "?" + c.query() + " "
                + c.headers() + " " + c.body() + " " + Arrays.toString(c.rawBody())).toList();
    }
}
