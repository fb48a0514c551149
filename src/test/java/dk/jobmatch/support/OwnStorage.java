package dk.jobmatch.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Properties for a server or context of a test's own, apart from the shared test database: an H2
 * database (in memory, or a file that outlives a restart) and a search index under the test's
 * temporary directory, then the test's own properties as key-value pairs.
 */
public final class OwnStorage {

    private OwnStorage() {
    }

    /** A fresh in-memory database named {@code name_<random>} that lives until the JVM ends. */
    public static Map<String, Object> inMemory(Path dir, String name, Object... more) {
        return with(dir, "jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1", more);
    }

    /** A database file under {@code dir}, so a second server started on it finds the first one's data. */
    public static Map<String, Object> onDisk(Path dir, Object... more) {
        return with(dir, "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE", more);
    }

    private static Map<String, Object> with(Path dir, String url, Object... more) {
        if (more.length % 2 != 0) {
            throw new IllegalArgumentException("properties come in key-value pairs");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", url);
        properties.put("jobmatch.search.index-path", dir.resolve("index").toString());
        for (int i = 0; i < more.length; i += 2) {
            properties.put((String) more[i], more[i + 1]);
        }
        return Map.copyOf(properties);
    }
}
