package dk.jobmatch.search;

import dk.jobmatch.support.OwnStorage;
import dk.jobmatch.support.Api;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * The index is a projection of the database: whatever happens to {@code lucene-index/}, a restart
 * (or an admin reindex) brings every need back from the database.
 */
@Tag(Tiers.SERVER)
class IndexRebuildTest {

    @TempDir
    Path dir;

    private EmbeddedServer start() {
        return ApplicationContext.run(EmbeddedServer.class, OwnStorage.onDisk(dir), "test");
    }

    @Test
    void deletedIndexIsRebuiltFromTheDatabaseAtStartUp() throws IOException {
        String need;
        try (EmbeddedServer server = start()) {
            need = seedOneNeed(new Api(server.getPort()));
        }
        Eventually.deleteRecursively(dir.resolve("index"));

        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            assertThat(api.searchNeedIds(api.consultant(), "pakning")).containsExactly(need);
        }
    }

    @Test
    void corruptIndexIsRebuiltFromTheDatabaseAtStartUp() throws IOException {
        String need;
        try (EmbeddedServer server = start()) {
            need = seedOneNeed(new Api(server.getPort()));
        }
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.write(file, "not a lucene file".getBytes());
            }
        }

        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            assertThat(api.searchNeedIds(api.consultant(), "pakning")).containsExactly(need);
        }
    }

    @Test
    void restartWithAnIntactIndexKeepsSearchResults() {
        String need;
        try (EmbeddedServer server = start()) {
            need = seedOneNeed(new Api(server.getPort()));
        }
        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            assertThat(api.searchNeedIds(api.consultant(), "pakning")).containsExactly(need);
        }
    }

    @Test
    void indexBuiltWithOtherWordListsIsRebuiltAtStartUp() throws IOException {
        String need;
        try (EmbeddedServer server = start()) {
            need = seedOneNeed(new Api(server.getPort()));
        }
        // As if the synonym or compound lists had changed since the index was written.
        try (Directory directory = FSDirectory.open(dir.resolve("index"))) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            data.put(LuceneIndex.ANALYSIS, "stale");
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }

        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            assertThat(api.searchNeedIds(api.consultant(), "pakning")).containsExactly(need);
        }
        try (Directory directory = FSDirectory.open(dir.resolve("index"))) {
            assertThat(SegmentInfos.readLatestCommit(directory).getUserData())
                    .containsEntry(LuceneIndex.ANALYSIS, new AnalyzerFactory().fingerprint().value());
        }
    }

    @Test
    void adminCanRebuildOnDemandAndOthersCannot() {
        try (EmbeddedServer server = start()) {
            Api api = new Api(server.getPort());
            String need = seedOneNeed(api);
            api.as(api.consultant()).post("/api/v1/admin/reindex")
                    .then().statusCode(403).contentType("application/problem+json");
            api.as(api.admin()).post("/api/v1/admin/reindex")
                    .then().statusCode(200).body("documents", greaterThanOrEqualTo(1));
            assertThat(api.searchNeedIds(api.consultant(), "pakning")).isEqualTo(List.of(need));
            api.as(api.consultant()).queryParam("q", "pakning").get("/api/v1/needs").then().body("total", equalTo(1));
        }
    }

    private static String seedOneNeed(Api api) {
        String consultant = api.consultant();
        String employer = api.createEmployer(consultant, "Flyttefirma", "12121212");
        return api.createNeed(consultant, employer,
                TestData.need("Pakning af flyttekasser", TestData.task("Pakning af kasser", 6, "pakning")));
    }
}
