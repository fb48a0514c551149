package dk.jobmatch.search;

import dk.jobmatch.common.Slices;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the index in step with the database by applying outbox rows in number order. Each row only
 * says "this entity changed": the current state is re-read from its {@link DocumentSource}, so
 * applying a row twice or out of order is harmless. Outbox numbers appear in commit order without
 * gaps (see {@code Outbox}), so the watermark - the last number applied - is all the position
 * there is: every change up to it is in the index.
 *
 * <p>Plain Java, one instance per index; {@link IndexSynchronizer} decides when each step runs.
 */
final class IndexCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);
    static final int BATCH = 1000;
    private static final int PARALLEL_FROM = 200;
    /**
     * Ids per load: H2 checks every row a query reads against the query's whole IN list, one id
     * after another, so a list of 1,000 costs each row ~500 comparisons; slices of 100 a tenth
     * (PostgreSQL pays a few more round trips instead).
     */
    static final int LOAD_SLICE = 100;
    private static final long UNKNOWN = -1;

    private final LuceneIndex index;
    private final OutboxReader outbox;
    private final Map<EntityType, DocumentSource> sources;
    private final ExecutorService writers;
    private final Runnable vocabularyChanged;
    /**
     * Unknown until {@link #open()} reads it from the index (or a rebuild sets it): the scheduler's
     * first poll can come before the start-up event, and catching up from zero there replayed the
     * whole outbox history before the service answered (35 s at 100,000 citizens).
     */
    private long watermark = UNKNOWN;
    private final AtomicInteger rebuilds = new AtomicInteger();

    /** {@code writers} spreads large batches over the cores; it stays the caller's to shut down. */
    IndexCatchUp(LuceneIndex index, OutboxReader outbox, List<DocumentSource> sources, ExecutorService writers) {
        this(index, outbox, sources, writers, () -> { });
    }

    /**
     * {@code vocabularyChanged} is told when a catch-up passes a change of the concept vocabulary
     * (saved on any instance); it must only schedule the work, as it runs under this one's lock.
     */
    IndexCatchUp(LuceneIndex index, OutboxReader outbox, List<DocumentSource> sources, ExecutorService writers,
                 Runnable vocabularyChanged) {
        this.index = index;
        this.outbox = outbox;
        this.sources = sources.stream().collect(Collectors.toMap(DocumentSource::entityType, Function.identity()));
        this.writers = writers;
        this.vocabularyChanged = vocabularyChanged;
    }

    /**
     * Brings the index found at start-up up to date: replays the outbox from its committed
     * watermark, or rebuilds it when it is new, unreadable, built with other analysis, or still
     * disagrees with the database after the replay.
     */
    synchronized void open() {
        if (index.recreated() || index.committedWatermark() < 0) {
            LOG.info("Search index is new or was unreadable: rebuilding from the database");
            rebuild();
            return;
        }
        if (!index.builtWithCurrentAnalysis()) {
            LOG.info("Search analysis (word lists or chain) changed: rebuilding the index");
            rebuild();
            return;
        }
        watermark = index.committedWatermark();
        catchUp();
        if (countsDiffer()) {
            LOG.warn("Search index disagrees with the database: rebuilding");
            rebuild();
        }
    }

    /** Re-creates the whole index from the database. Returns the number of documents. */
    long rebuild() {
        return rebuild(() -> { });
    }

    /**
     * Re-creates the whole index from the database after {@code first} ran (it switches the
     * analysis: nothing is written meanwhile). Searches go on answering from the index as it was
     * until the new one is published at the end.
     */
    long rebuild(Runnable first) {
        // Counted before the lock is taken, so writers stop waiting on it from the start.
        rebuilds.incrementAndGet();
        try {
            synchronized (this) {
                first.run();
                return rebuildAll();
            }
        } finally {
            rebuilds.decrementAndGet();
        }
    }

    /** Whether a rebuild is under way or waiting to start: catching up would wait for it. */
    boolean rebuilding() {
        return rebuilds.get() > 0;
    }

    private long rebuildAll() {
        // Every change numbered up to here has committed, so the scan below sees it; later ones
        // are replayed afterwards (harmless where the scan already saw them).
        long scannedFrom = outbox.last();
        index.deleteAll();
        long[] documents = {0};
        ParallelWrites writes = new ParallelWrites(writers, index::add);
        for (DocumentSource source : sources.values()) {
            source.forEach(document -> {
                writes.accept(document);
                documents[0]++;
            });
        }
        writes.finish();
        watermark = scannedFrom;
        index.publish(watermark);
        catchUp();
        index.commit();
        LOG.info("Search index rebuilt with {} documents", documents[0]);
        return documents[0];
    }

    /**
     * Applies every committed outbox row not yet in the index and makes it searchable. Before
     * {@link #open()} it does nothing: open replays whatever committed until then.
     */
    synchronized void catchUp() {
        if (watermark == UNKNOWN) {
            return;
        }
        long before = watermark;
        List<OutboxEntry> rows;
        while (!(rows = outbox.after(watermark, BATCH)).isEmpty()) {
            if (rows.stream().anyMatch(row -> row.entityType() == EntityType.CONCEPT)) {
                vocabularyChanged.run();
            }
            // Other entities (agreements) are in the outbox for the change feed, not the index.
            apply(rows.stream().filter(row -> sources.containsKey(row.entityType())).toList());
            // Rows written before V6 took identity numbers, which skip those of rolled-back
            // transactions and never fill: so the watermark follows the last row read rather than
            // counting up one by one. (Since V6 no number is skipped.)
            watermark = rows.getLast().id();
        }
        if (watermark != before) {
            index.publish(watermark);
        }
    }

    /** Applies rows in order, loading each type's current documents in one batch. */
    private void apply(List<OutboxEntry> rows) {
        // The same entity can change twice in one batch; its current state is loaded once.
        Map<EntityType, Set<String>> idsByType = new LinkedHashMap<>();
        rows.forEach(row -> idsByType.computeIfAbsent(row.entityType(), type -> new LinkedHashSet<>())
                .add(row.entityId()));
        Map<EntityType, Map<String, IndexDocument>> documents = new HashMap<>();
        idsByType.forEach((type, ids) -> documents.put(type, load(sources.get(type), ids)));
        // Upserts of different entities commute, so a large batch (a bulk import) is written in
        // parallel; deletes are only for entities no longer in the database, so never undo one.
        Map<String, IndexDocument> upserts = new LinkedHashMap<>();
        for (OutboxEntry row : rows) {
            IndexDocument document = documents.get(row.entityType()).get(row.entityId());
            if (document != null) {
                upserts.put(row.entityType() + ":" + row.entityId(), document);
            } else {
                index.delete(row.entityType().value(), row.entityId(), sources.get(row.entityType()).erasable());
            }
        }
        if (upserts.size() < PARALLEL_FROM) {
            upserts.values().forEach(index::upsert);
        } else {
            ParallelWrites writes = new ParallelWrites(writers, index::upsert);
            upserts.values().forEach(writes::accept);
            writes.finish();
        }
    }

    private static Map<String, IndexDocument> load(DocumentSource source, Set<String> ids) {
        if (ids.size() <= LOAD_SLICE) {
            return source.loadAll(ids);
        }
        Map<String, IndexDocument> documents = new HashMap<>();
        for (List<String> slice : Slices.of(List.copyOf(ids), LOAD_SLICE)) {
            documents.putAll(source.loadAll(slice));
        }
        return documents;
    }

    private boolean countsDiffer() {
        return sources.values().stream().anyMatch(s -> s.count() != index.count(s.entityType().value()));
    }
}
