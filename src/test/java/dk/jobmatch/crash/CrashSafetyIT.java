package dk.jobmatch.crash;

import dk.jobmatch.support.Api;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service is killed with SIGKILL in the middle of a stream of writes, then started
 * again on the same database and index: every write it acknowledged is there and searchable, the
 * index and the database hold exactly the same profiles, and nothing is half-written.
 */
@Tag(Tiers.SERVER)
class CrashSafetyIT {

    private static final String WORD = "stilladsmontage";
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;

    @TempDir
    Path dir;
    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void killedMidWriteTheServiceComesBackWithDatabaseAndIndexInAgreement() throws Exception {
        int port = freePort();
        process = start(port);
        Api api = new Api(port);
        String writerToken = api.consultant();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                try {
                    Map<String, Object> citizen = TestData.citizen("Stilladser", WORD);
                    var response = api.as(writerToken).body(citizen).post("/api/v1/citizens");
                    if (response.statusCode() == 201) {
                        acknowledged.add(response.path("id"));
                    }
                } catch (RuntimeException connectionLost) {
                    return;
                }
            }
        });
        writer.start();
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        process.destroyForcibly().waitFor();  // SIGKILL: no shutdown hooks, no final index commit
        stop.set(true);
        writer.join();

        process = start(port);
        String token = api.consultant();
        for (String id : acknowledged) {
            api.as(token).get("/api/v1/citizens/" + id).then().statusCode(200);
        }
        Set<String> searchable = new HashSet<>();
        for (int page = 0; ; page++) {
            List<String> ids = api.as(token).queryParam("q", WORD).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/citizens").then().statusCode(200).extract().path("items.id");
            searchable.addAll(ids);
            if (ids.size() < 100) {
                break;
            }
        }
        process.destroy();
        process.waitFor();

        Set<String> stored = citizenIdsInDatabase();
        assertThat(stored).containsAll(acknowledged);
        assertThat(searchable).isEqualTo(stored);
        System.out.printf("Crash safety: %d acknowledged before SIGKILL, %d stored, %d searchable after restart%n",
                acknowledged.size(), stored.size(), searchable.size());
    }

    private Set<String> citizenIdsInDatabase() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl(), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM citizen")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            // Nothing half-written: every profile has its job goals or none, never a goal without a profile.
            try (ResultSet orphans = connection.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM citizen_job_goal g WHERE NOT EXISTS (SELECT 1 FROM citizen c WHERE c.id = g.citizen_id)")) {
                orphans.next();
                assertThat(orphans.getInt(1)).isZero();
            }
        }
        return ids;
    }

    private String databaseUrl() {
        return "jdbc:h2:file:" + dir.resolve("data/jobmatch");
    }

    private Process start(int port) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", Path.of("target/jobmatch.jar").toAbsolutePath().toString())
                .directory(dir.toFile())  // the embedded defaults: ./data (H2) and ./lucene-index
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("service.log").toFile()));
        builder.environment().putAll(Map.of("JOBMATCH_PORT", Integer.toString(port),
                "JOBMATCH_RATE_LIMIT_RPS", "100000", "JOBMATCH_RATE_LIMIT_BURST", "100000"));
        Process started = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 300; attempt++) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return started;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!started.isAlive()) {
                throw new IllegalStateException("service exited; see " + dir.resolve("service.log"));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("service did not become healthy");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
