package dk.jobmatch.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walks the request schemas of the contract: builds a valid example body for a schema, and lists
 * every place in a body (a {@link Site}: the root, each property, each array element, at any depth)
 * with the schema that governs it, for {@link Mutator} to change one at a time.
 * <p>
 * Examples are deterministic (no randomness): the first enum value, a quarter of the way into a
 * number's range (in half steps, so that min below max holds for hour ranges), one item per array,
 * every property that is not read-only. {@code hints} override a property by name where the
 * schema cannot say what is valid (ids of existing resources, unique references); a hint is a
 * value or a {@code @token@} the test binds when sending.
 */
public final class SchemaWalker {

    /** One place in a body: its path from the root (keys and indexes) and the schema there (null: none). */
    public record Site(List<Object> path, Map<String, Object> schema, Object value) {

        public boolean isRoot() {
            return path.isEmpty();
        }

        public boolean isProperty() {
            return !path.isEmpty() && path.getLast() instanceof String;
        }

        public boolean isArrayElement() {
            return !path.isEmpty() && path.getLast() instanceof Integer;
        }

        public String pointer() {
            StringBuilder out = new StringBuilder();
            for (Object part : path) {
                if (part instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(part);
                }
            }
            return out.isEmpty() ? "(body)" : out.toString();
        }
    }

    private final Contract contract;
    private final Function<String, Object> hints;

    public SchemaWalker(Contract contract, Function<String, Object> hints) {
        this.contract = contract;
        this.hints = hints;
    }

    public Contract contract() {
        return contract;
    }

    public Map<String, Object> resolve(Map<String, Object> schema) {
        return schema == null ? null : contract.resolve(schema);
    }

    /** The JSON type a schema describes: object, array, string, number, integer or boolean. */
    public static String type(Map<String, Object> schema) {
        if (schema == null) {
            return "any";
        }
        Object type = schema.get("type");
        if (type != null) {
            return (String) type;
        }
        if (schema.containsKey("properties") || schema.containsKey("additionalProperties")) {
            return "object";
        }
        return schema.containsKey("items") ? "array" : "any";
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Map<String, Object> schema) {
        return (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    }

    @SuppressWarnings("unchecked")
    public static List<String> required(Map<String, Object> schema) {
        return (List<String>) schema.getOrDefault("required", List.of());
    }

    public static Double number(Map<String, Object> schema, String keyword) {
        return schema.get(keyword) instanceof Number n ? n.doubleValue() : null;
    }

    public static Integer integer(Map<String, Object> schema, String keyword) {
        return schema.get(keyword) instanceof Number n ? n.intValue() : null;
    }

    public boolean readOnly(Map<String, Object> schema) {
        return Boolean.TRUE.equals(resolve(schema).get("readOnly"));
    }

    /** A valid example of the schema, for a property of this name (null for the body itself). */
    @SuppressWarnings("unchecked")
    public Object example(Map<String, Object> raw, String name) {
        Object hint = name == null ? null : hints.apply(name);
        Map<String, Object> schema = resolve(raw);
        // A hint is for the properties of its name it fits: not a code outside this property's enum.
        if (hint != null && !(schema.get("enum") instanceof List<?> codes && !codes.contains(hint))) {
            return Json.copy(hint);
        }
        if (schema.get("enum") instanceof List<?> values) {
            return values.getFirst();
        }
        return switch (type(schema)) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                properties(schema).forEach((property, child) -> {
                    if (!readOnly((Map<String, Object>) child)) {
                        Object value = example((Map<String, Object>) child, property);
                        // A property left out by its hint is still sent where the schema requires it.
                        object.put(property, value == FuzzPlan.ABSENT && required(schema).contains(property)
                                ? example((Map<String, Object>) child, null) : value);
                    }
                });
                yield object;
            }
            case "array" -> {
                List<Object> array = new ArrayList<>();
                int items = Math.max(1, integer(schema, "minItems") == null ? 0 : integer(schema, "minItems"));
                for (int i = 0; i < items; i++) {
                    array.add(example((Map<String, Object>) schema.get("items"), singular(name)));
                }
                yield array;
            }
            case "integer" -> (long) Math.rint(typical(schema, 1));
            case "number" -> typical(schema, 0.5);
            case "boolean" -> true;
            default -> exampleString(schema);
        };
    }

    /** A quarter into the range, on the step: 9.0 for 0-37 and 9.5 for 0.5-37, so min <= max. */
    private static double typical(Map<String, Object> schema, double step) {
        double min = number(schema, "minimum") == null ? 0 : number(schema, "minimum");
        double max = number(schema, "maximum") == null ? min + 40 : number(schema, "maximum");
        double value = min + Math.floor((max - min) / 4 / step) * step;
        return Math.max(min, Math.min(max, value));
    }

    private static String exampleString(Map<String, Object> schema) {
        String format = (String) schema.get("format");
        if ("date".equals(format)) {
            return "2026-12-01";
        }
        if ("date-time".equals(format)) {
            return "2026-12-01T10:00:00Z";
        }
        if ("email".equals(format)) {
            return "fuzz@example.dk";
        }
        if (schema.get("pattern") instanceof String pattern) {
            return Patterns.example(pattern);
        }
        int min = integer(schema, "minLength") == null ? 1 : Math.max(1, integer(schema, "minLength"));
        int max = integer(schema, "maxLength") == null ? 100 : integer(schema, "maxLength");
        String text = "Fuzz tekst æøå";
        while (text.length() < min) {
            text += " og mere";
        }
        return text.substring(0, Math.min(text.length(), max));
    }

    /** Every place in the body, root first, each with the schema that governs it. */
    public List<Site> sites(Object body, Map<String, Object> schema) {
        List<Site> sites = new ArrayList<>();
        walk(body, schema == null ? null : resolve(schema), new ArrayList<>(), sites);
        return sites;
    }

    @SuppressWarnings("unchecked")
    private void walk(Object value, Map<String, Object> schema, List<Object> path, List<Site> sites) {
        sites.add(new Site(List.copyOf(path), schema, value));
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> properties = schema == null ? Map.of() : properties(schema);
            Object additional = schema == null ? null : schema.get("additionalProperties");
            ((Map<String, Object>) map).forEach((key, child) -> {
                Object childSchema = properties.containsKey(key) ? properties.get(key)
                        : additional instanceof Map<?, ?> ? additional : null;
                path.add(key);
                walk(child, childSchema == null ? null : resolve((Map<String, Object>) childSchema), path, sites);
                path.removeLast();
            });
        } else if (value instanceof List<?> list) {
            Map<String, Object> items = schema == null || !(schema.get("items") instanceof Map<?, ?> i) ? null
                    : resolve((Map<String, Object>) i);
            for (int index = 0; index < list.size(); index++) {
                path.add(index);
                walk(list.get(index), items, path, sites);
                path.removeLast();
            }
        }
    }

    /** "tasks" -> "task", "taskIds" -> "taskId": the hint name of an array's items. */
    static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
