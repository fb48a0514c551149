package dk.jobmatch.integration;

import dk.jobmatch.support.Api;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, each with its own Lucene index, kept in step by polling the
 * shared outbox: what is written through one is found through the other's search and matches.
 * In the PostgreSQL run of the suite the shared database is a PostgreSQL schema.
 */
@Tag(Tiers.SERVER)
class ReplicaSyncTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void writesThroughOneAreFoundThroughTheOtherAndAnEmptyIndexCatchesUp() {
        String database = "jdbc:h2:mem:replicas_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        String word = "replika" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        try (EmbeddedServer a = start(database, "a")) {
            Api viaA = new Api(a.getPort());
            String consultantA = viaA.consultant();
            String needId;
            String citizenId;
            long lagMillis;
            try (EmbeddedServer b = start(database, "b")) {
                Api viaB = new Api(b.getPort());
                String consultantB = viaB.consultant();
                String employerId = viaA.createEmployer(consultantA, "Replika ApS", TestData.randomCvr());
                Map<String, Object> need = TestData.need();
                need.put("title", "Oprydning " + word);
                needId = viaA.createNeed(consultantA, employerId, need);
                citizenId = viaA.createCitizen(consultantA, TestData.citizen(TestData.randomExternalRef()));
                long written = System.nanoTime();

                await(() -> viaB.searchNeedIds(consultantB, word).contains(needId));
                lagMillis = (System.nanoTime() - written) / 1_000_000;
                await(() -> viaB.as(consultantB).get("/api/v1/needs/" + needId + "/matches?limit=100").then()
                        .statusCode(200).extract().<List<String>>path("results.citizenId").contains(citizenId));
                System.out.println("Replica sync: a need written through A was searchable through B after "
                        + lagMillis + " ms (poll interval 1 s)");
                assertThat(lagMillis).isLessThan(BOUND.toMillis());
            }

            // B is gone; A goes on writing. B comes back with its index deleted and catches up.
            Map<String, Object> later = TestData.need();
            later.put("title", "Kørsel " + word);
            String laterNeed = viaA.createNeed(consultantA, viaA.createEmployer(consultantA, "Senere ApS",
                    TestData.randomCvr()), later);
            Eventually.deleteRecursively(dir.resolve("index-b"));
            try (EmbeddedServer b = start(database, "b")) {
                Api viaB = new Api(b.getPort());
                String consultantB = viaB.consultant();
                await(() -> viaB.searchNeedIds(consultantB, word).containsAll(List.of(needId, laterNeed)));
            }
        }
    }

    /** A concept an administrator saves through A: B re-reads the vocabulary from the outbox and matches by it. */
    @Test
    void aVocabularyEditThroughOneReachesTheOthersMatching() {
        String database = "jdbc:h2:mem:replicas_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (EmbeddedServer a = start(database, "a"); EmbeddedServer b = start(database, "b")) {
            Api viaA = new Api(a.getPort());
            Api viaB = new Api(b.getPort());
            String consultantA = viaA.consultant();
            String needId = viaA.createNeed(consultantA, viaA.createEmployer(consultantA, "Ord ApS", TestData.randomCvr()),
                    TestData.need("Hjælp i hallen", TestData.task("Hjælp ved bænken", 6, "plimsering")));
            String citizenId = viaA.createCitizen(consultantA, TestData.citizen("Har prøvet lidt af hvert", "vrondling"));
            String consultantB = viaB.consultant();
            await(() -> viaB.as(consultantB).get("/api/v1/needs/" + needId + "/matches?limit=100").then()
                    .statusCode(200).extract().<List<String>>path("results.citizenId").contains(citizenId));
            assertThat(related(viaB, consultantB, needId)).doesNotContain(citizenId);

            viaA.as(viaA.admin()).body(Map.of("id", "cleaning.test-vrondling", "type", "COMPETENCE",
                    "preferredLabel", "vrondling", "altLabels", List.of("plimsering")))
                    .post("/api/v1/vocabulary/concepts").then().statusCode(201);

            // A rebuild on a machine shared with other builds may take longer than a plain catch-up.
            Eventually.within(Duration.ofSeconds(60), () -> related(viaB, consultantB, needId).contains(citizenId));
        }
    }

    private static List<String> related(Api api, String consultant, String needId) {
        return api.as(consultant).get("/api/v1/needs/" + needId + "/matches?limit=100&minFit=PARTIAL").then()
                .statusCode(200).extract().path("results.citizenId");
    }

    private EmbeddedServer start(String database, String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", database);
        properties.put("jobmatch.search.index-path", dir.resolve("index-" + name).toString());
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    private static void await(BooleanSupplier condition) {
        Eventually.within(BOUND, condition);
    }
}
