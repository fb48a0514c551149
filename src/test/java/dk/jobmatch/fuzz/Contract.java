package dk.jobmatch.fuzz;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of openapi/jobmatch.yaml as the fuzz needs them: method, path, parameters and the
 * request body's media type and schema, with {@code $ref} and {@code allOf} resolved.
 */
public final class Contract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    public record Operation(String id, String method, String path, List<Parameter> parameters,
                            String mediaType, Map<String, Object> bodySchema, boolean authenticated) {

        public boolean hasBody() {
            return mediaType != null;
        }

        public boolean writes() {
            return !method.equals("GET");
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private final Map<String, Object> root;
    private final List<Operation> operations = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private Contract(Map<String, Object> root) {
        this.root = root;
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) root.get("paths");
        paths.forEach((path, methods) -> methods.forEach((method, definition) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> op = (Map<String, Object>) definition;
            List<Parameter> parameters = new ArrayList<>();
            for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = resolve((Map<String, Object>) p);
                parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                        Boolean.TRUE.equals(parameter.get("required")),
                        resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()))));
            }
            String mediaType = null;
            Map<String, Object> schema = null;
            if (op.get("requestBody") instanceof Map<?, ?> body) {
                Map<String, Object> content = (Map<String, Object>) resolve((Map<String, Object>) body).get("content");
                Map.Entry<String, Object> first = content.entrySet().iterator().next();
                mediaType = first.getKey();
                schema = resolve((Map<String, Object>) ((Map<String, Object>) first.getValue()).get("schema"));
            }
            boolean authenticated = !(op.get("security") instanceof List<?> security && security.isEmpty());
            operations.add(new Operation((String) op.get("operationId"), method.toUpperCase(), path,
                    List.copyOf(parameters), mediaType, schema, authenticated));
        }));
    }

    public static Contract load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Contract(new Yaml().load(reader));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    public static Contract load() {
        return load(Path.of("openapi/jobmatch.yaml"));
    }

    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    public Operation operation(String id) {
        return operations.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + id));
    }

    /** The schema with {@code $ref} followed and {@code allOf} merged (properties, required). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int hops = 0; current.containsKey("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("$ref cycle at " + current);
            }
            Map<String, Object> target = root;
            for (String part : ((String) current.get("$ref")).substring(2).split("/")) {
                target = (Map<String, Object>) target.get(part);
            }
            // Siblings of $ref (3.1 style) win over the target's keywords.
            Map<String, Object> merged = new LinkedHashMap<>(target);
            current.forEach((k, v) -> {
                if (!k.equals("$ref")) {
                    merged.put(k, v);
                }
            });
            current = merged;
        }
        if (current.get("allOf") instanceof List<?> parts) {
            Map<String, Object> merged = new LinkedHashMap<>(current);
            merged.remove("allOf");
            Map<String, Object> properties = new LinkedHashMap<>();
            Set<Object> required = new LinkedHashSet<>();
            for (Object part : parts) {
                Map<String, Object> resolved = resolve((Map<String, Object>) part);
                resolved.forEach((k, v) -> {
                    if (!k.equals("properties") && !k.equals("required")) {
                        merged.putIfAbsent(k, v);
                    }
                });
                properties.putAll((Map<String, Object>) resolved.getOrDefault("properties", Map.of()));
                required.addAll((List<Object>) resolved.getOrDefault("required", List.of()));
            }
            properties.putAll((Map<String, Object>) current.getOrDefault("properties", Map.of()));
            required.addAll((List<Object>) current.getOrDefault("required", List.of()));
            merged.put("properties", properties);
            merged.put("required", new ArrayList<>(required));
            current = merged;
        }
        return current;
    }
}
