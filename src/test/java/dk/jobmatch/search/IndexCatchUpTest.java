package dk.jobmatch.search;

import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.OutboxEntry;
import dk.jobmatch.outbox.OutboxEntry.Change;
import dk.jobmatch.outbox.OutboxEntry.Operation;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catch-up against a real index in a temp directory, with the database and its outbox in memory:
 * a table per entity type, and outbox rows numbered as the counter numbers them. A watermark that
 * stopped moving would loop catch-up forever, hence the timeout.
 */
@Timeout(30)
class IndexCatchUpTest {

    private static final AnalyzerFactory ANALYSIS = new AnalyzerFactory();

    @TempDir
    Path dir;

    private final Outbox outbox = new Outbox();
    private final Table needs = new Table("need", false);
    private final Table citizens = new Table("citizen", true);
    private final ExecutorService writers = Executors.newFixedThreadPool(2);
    private LuceneIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        index = openIndex(ANALYSIS.fingerprint());
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
        writers.shutdownNow();
    }

    @Test
    void changesAreAppliedFromTheEntitiesCurrentState() {
        IndexCatchUp catchUp = opened();
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        needs.put("n2", "rengøring");
        outbox.changed("need", "n2");

        catchUp.catchUp();
        assertThat(indexed("need")).containsExactly("n1", "n2");
        assertThat(index.committedWatermark()).isEqualTo(2);

        needs.remove("n1");
        outbox.changed("need", "n1");
        catchUp.catchUp();
        assertThat(indexed("need")).containsExactly("n2");
        assertThat(index.committedWatermark()).isEqualTo(3);
    }

    @Test
    void anEntityChangedSeveralTimesInABatchIsLoadedOnce() {
        IndexCatchUp catchUp = opened();
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        outbox.changed("need", "n1");
        citizens.put("c1", "truckkørsel");
        outbox.changed("citizen", "c1");
        outbox.changed("need", "n1");

        catchUp.catchUp();

        assertThat(needs.loads).containsExactly(List.of("n1"));
        assertThat(citizens.loads).containsExactly(List.of("c1"));
        assertThat(indexed("need")).containsExactly("n1");
        assertThat(indexed("citizen")).containsExactly("c1");
    }

    @Test
    void rowsOfTypesWithoutADocumentSourcePassTheWatermarkUnapplied() {
        IndexCatchUp catchUp = opened();
        outbox.changed("agreement", "a1");
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        outbox.changed("agreement", "a1");

        catchUp.catchUp();

        assertThat(indexed("need")).containsExactly("n1");
        assertThat(indexed("agreement")).isEmpty();
        assertThat(index.committedWatermark()).isEqualTo(3);
    }

    @Test
    void numbersSkippedBeforeV6NeverHoldTheWatermarkBack() {
        IndexCatchUp catchUp = opened();
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        outbox.skip(2); // identity numbers of transactions that rolled back before V6
        needs.put("n2", "rengøring");
        outbox.changed("need", "n2");

        catchUp.catchUp();
        assertThat(indexed("need")).containsExactly("n1", "n2");
        assertThat(index.committedWatermark()).isEqualTo(4);

        needs.put("n3", "køkken");
        outbox.changed("need", "n3");
        catchUp.catchUp();
        assertThat(indexed("need")).containsExactly("n1", "n2", "n3");
        assertThat(index.committedWatermark()).isEqualTo(5);
    }

    @Test
    void aBacklogLongerThanOneBatchIsAppliedToTheEnd() {
        IndexCatchUp catchUp = opened();
        int entities = IndexCatchUp.BATCH + 300; // the last batch is still large enough to go parallel
        IntStream.range(0, entities).forEach(i -> {
            needs.put("n" + i, "lager");
            outbox.changed("need", "n" + i);
        });

        catchUp.catchUp();

        assertThat(index.count("need")).isEqualTo(entities);
        // Two outbox batches, each loaded in slices of at most LOAD_SLICE ids, every id once.
        assertThat(needs.loads).hasSize((IndexCatchUp.BATCH + 300) / IndexCatchUp.LOAD_SLICE)
                .allSatisfy(load -> assertThat(load).hasSizeLessThanOrEqualTo(IndexCatchUp.LOAD_SLICE));
        assertThat(needs.loads.stream().flatMap(List::stream).distinct().count()).isEqualTo(entities);
        assertThat(index.committedWatermark()).isEqualTo(entities);
    }

    @Test
    void rebuildReplacesTheIndexWithTheDatabaseAndReplaysWhatCommittedDuringTheScan() {
        index.upsert(IndexDocument.builder("need", "stale").text("title", "lager").build());
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        citizens.put("c1", "lager");
        outbox.changed("citizen", "c1");
        // Another instance's write commits while the needs are being read.
        needs.duringScan = () -> {
            needs.put("n2", "rengøring");
            outbox.changed("need", "n2");
        };

        long documents = catchUp().rebuild();

        assertThat(documents).isEqualTo(2);
        assertThat(indexed("need")).containsExactly("n1", "n2");
        assertThat(indexed("citizen")).containsExactly("c1");
        assertThat(needs.loads).containsExactly(List.of("n2"));
        assertThat(index.committedWatermark()).isEqualTo(3);
    }

    @Test
    void aNewIndexIsBuiltFromTheDatabaseAtOpen() {
        needs.put("n1", "lager");
        outbox.changed("need", "n1");

        catchUp().open();

        assertThat(needs.scans).isEqualTo(1);
        assertThat(indexed("need")).containsExactly("n1");
    }

    @Test
    void anIntactIndexOnlyReplaysWhatItHasNotSeen() throws IOException {
        restartedAfterAnUnseenChange();

        catchUp().open();

        assertThat(needs.scans).isEqualTo(1);
        assertThat(needs.loads).containsExactly(List.of("n2"));
        assertThat(indexed("need")).containsExactly("n1", "n2");
        assertThat(index.committedWatermark()).isEqualTo(2);
    }

    @Test
    void aCatchUpBeforeOpenLeavesTheReplayToOpen() throws IOException {
        restartedAfterAnUnseenChange();
        IndexCatchUp restarted = catchUp();

        // The scheduler's first poll, before the start-up event: the watermark is not read yet.
        restarted.catchUp();
        assertThat(needs.loads).isEmpty();
        restarted.open();

        assertThat(needs.loads).containsExactly(List.of("n2"));
        assertThat(indexed("need")).containsExactly("n1", "n2");
    }

    @Test
    void anIndexThatStillDisagreesWithTheDatabaseAfterReplayIsRebuilt() throws IOException {
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        catchUp().open();
        reopen(ANALYSIS.fingerprint());
        needs.put("n2", "rengøring"); // e.g. a restored database: no outbox row tells of it

        catchUp().open();

        assertThat(needs.scans).isEqualTo(2);
        assertThat(indexed("need")).containsExactly("n1", "n2");
    }

    @Test
    void anIndexBuiltWithOtherAnalysisIsRebuilt() throws IOException {
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        catchUp().open();
        reopen(new AnalysisFingerprint("other word lists"));

        catchUp().open();

        assertThat(needs.scans).isEqualTo(2);
        assertThat(index.builtWithCurrentAnalysis()).isTrue();
    }

    private IndexCatchUp catchUp() {
        return new IndexCatchUp(index, outbox, List.of(needs, citizens), writers);
    }

    /** Opened on an empty database, as the first start-up does. */
    private IndexCatchUp opened() {
        IndexCatchUp catchUp = catchUp();
        catchUp.open();
        return catchUp;
    }

    private LuceneIndex openIndex(AnalysisFingerprint fingerprint) throws IOException {
        return new LuceneIndex(dir.toString(), ANALYSIS.indexAnalyzer(), ANALYSIS.conceptAnalyzer(), fingerprint);
    }

    /** n1 indexed and committed, the index read back as after a restart, then n2 saved unseen. */
    private void restartedAfterAnUnseenChange() throws IOException {
        needs.put("n1", "lager");
        outbox.changed("need", "n1");
        catchUp().open();
        reopen(ANALYSIS.fingerprint());
        needs.put("n2", "rengøring");
        outbox.changed("need", "n2");
    }

    /** As after a restart: the index is read back from what was committed. */
    private void reopen(AnalysisFingerprint fingerprint) throws IOException {
        index.close();
        index = openIndex(fingerprint);
        needs.loads.clear();
    }

    private List<String> indexed(String type) {
        return index.withSearcher(searcher -> LuceneIndex.ids(searcher,
                        searcher.search(new TermQuery(new Term(LuceneIndex.TYPE, type)), 10_000).scoreDocs))
                .stream().sorted().toList();
    }

    /** The outbox as V6 numbers it: one after another, in commit order. */
    private static final class Outbox implements OutboxReader {
        private final List<OutboxEntry> rows = new ArrayList<>();
        private long last;

        void changed(String type, String id) {
            rows.add(new OutboxEntry(++last, EntityType.valueOf(type.toUpperCase(Locale.ROOT)), id, Operation.UPSERT, Change.UPDATED, null, null, Instant.EPOCH));
        }

        void skip(int numbers) {
            last += numbers;
        }

        @Override
        public List<OutboxEntry> after(long afterId, int limit) {
            return rows.stream().filter(row -> row.id() > afterId).limit(limit).toList();
        }

        @Override
        public long last() {
            return rows.isEmpty() ? 0 : rows.getLast().id();
        }
    }

    /** One entity table: id to the text its document holds. */
    private static final class Table implements DocumentSource {
        private final String type;
        private final boolean erasable;
        private final Map<String, String> rows = new TreeMap<>();
        final List<List<String>> loads = new ArrayList<>();
        int scans;
        Runnable duringScan = () -> { };

        Table(String type, boolean erasable) {
            this.type = type;
            this.erasable = erasable;
        }

        void put(String id, String text) {
            rows.put(id, text);
        }

        void remove(String id) {
            rows.remove(id);
        }

        @Override
        public EntityType entityType() {
            return EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        }

        @Override
        public boolean erasable() {
            return erasable;
        }

        @Override
        public Map<String, IndexDocument> loadAll(Collection<String> ids) {
            loads.add(List.copyOf(ids));
            Map<String, IndexDocument> documents = new HashMap<>();
            ids.stream().filter(rows::containsKey).forEach(id -> documents.put(id, document(id)));
            return documents;
        }

        @Override
        public void forEach(Consumer<IndexDocument> sink) {
            scans++;
            List<String> snapshot = List.copyOf(rows.keySet());
            duringScan.run();
            snapshot.forEach(id -> sink.accept(document(id)));
        }

        @Override
        public long count() {
            return rows.size();
        }

        private IndexDocument document(String id) {
            return IndexDocument.builder(type, id).text("title", rows.get(id)).build();
        }
    }
}
