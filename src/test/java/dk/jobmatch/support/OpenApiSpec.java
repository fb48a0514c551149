package dk.jobmatch.support;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of openapi/jobmatch.yaml, for tests that must cover every one of them. */
public final class OpenApiSpec {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    public record Operation(String method, String path, String id) {
    }

    private OpenApiSpec() {
    }

    @SuppressWarnings("unchecked")
    public static List<Operation> operations() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("openapi/jobmatch.yaml"))) {
            Map<String, Map<String, Object>> paths =
                    (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(reader)).get("paths");
            List<Operation> operations = new ArrayList<>();
            paths.forEach((path, methods) -> methods.forEach((method, definition) -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method.toUpperCase(), path,
                            (String) ((Map<String, Object>) definition).get("operationId")));
                }
            }));
            return operations;
        }
    }
}
