package dk.jobmatch.integration;

import dk.jobmatch.support.Api;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A cursor is a position in the database's outbox, so it means the same after a restart. */
@Tag(Tiers.SERVER)
class ChangeFeedRestartTest {

    @TempDir
    Path dir;

    @Test
    void aCursorReadBeforeARestartGoesOnAfterIt() {
        Map<String, Object> sameData = Map.of(
                // A named database outlives each context, as a database server outlives the service
                // (in the PostgreSQL run of the suite it is a PostgreSQL schema).
                "datasources.default.url", "jdbc:h2:mem:restart_" + java.util.UUID.randomUUID().toString()
                        .replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "jobmatch.search.index-path", dir.resolve("index").toString(),
                "micronaut.server.port", -1);
        List<Map<String, Object>> before;
        String cursor;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameData, "test")) {
            Api api = new Api(server.getPort());
            String consultant = api.consultant();
            String employerId = api.createEmployer(consultant, "Genstart ApS", TestData.randomCvr());
            for (int i = 0; i < 3; i++) {
                api.createNeed(consultant, employerId, TestData.need());
            }
            before = api.as(api.integration()).get("/api/v1/changes?limit=1000").then().statusCode(200)
                    .extract().path("items");
            cursor = (String) before.get(before.size() - 3).get("cursor");
        }

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameData, "test")) {
            Api api = new Api(server.getPort());
            String integration = api.integration();
            List<Map<String, Object>> after = api.as(integration).get("/api/v1/changes?after=" + cursor)
                    .then().statusCode(200).extract().path("items");
            assertThat(after).isEqualTo(before.subList(before.size() - 2, before.size()));

            String consultant = api.consultant();
            String employerId = api.createEmployer(consultant, "Efter genstart ApS", TestData.randomCvr());
            String last = (String) before.getLast().get("cursor");
            List<Map<String, Object>> next = api.as(integration).get("/api/v1/changes?after=" + last)
                    .then().statusCode(200).extract().path("items");
            assertThat(next).isEmpty(); // employers are not in the feed
            String needId = api.createNeed(consultant, employerId, TestData.need());
            next = api.as(integration).get("/api/v1/changes?after=" + last).then().statusCode(200).extract().path("items");
            assertThat(next).singleElement().satisfies(change -> {
                assertThat(change.get("entityId")).isEqualTo(needId);
                assertThat(Long.parseLong((String) change.get("cursor"))).isEqualTo(Long.parseLong(last) + 1);
            });
        }
    }
}
