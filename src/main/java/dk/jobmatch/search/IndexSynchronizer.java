package dk.jobmatch.search;

import dk.jobmatch.common.BackgroundWork;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.outbox.OutboxRepository;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the index catches up with the outbox ({@link IndexCatchUp} says how): at start-up, after
 * each committed write, on a poll for other instances' writes, and on demand; and when the index is
 * committed to disk. When the outbox tells of a vocabulary change (from this instance or another),
 * the vocabulary is re-read and the index rebuilt with its analysis on a background thread; while
 * that runs, searches answer from the index as it was, and writes are indexed after it.
 */
@Singleton
@BackgroundWork
public class IndexSynchronizer {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSynchronizer.class);

    private final LuceneIndex index;
    private final VocabularyReanalysis reanalysis;
    private final IndexCatchUp catchUp;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-catch-up").daemon().factory());
    private final AtomicBoolean backgroundQueued = new AtomicBoolean();
    private final ExecutorService writers = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("index-write-", 0).daemon().factory());

    IndexSynchronizer(LuceneIndex index, CurrentAnalysis analysis, OutboxRepository outbox, List<DocumentSource> sources) {
        this.index = index;
        this.reanalysis = new VocabularyReanalysis(analysis);
        this.catchUp = reanalysis.watching(
                new IndexCatchUp(index, OutboxReader.of(outbox), sources, writers, reanalysis::changed));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        catchUp.open();
    }

    /** Re-creates the whole index from the database. Returns the number of documents. */
    public long rebuild() {
        return catchUp.rebuild();
    }

    /** Applies every committed outbox row not yet in the index and makes it searchable. */
    public void catchUp() {
        catchUp.catchUp();
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onOutboxWritten(Outbox.OutboxWritten event) {
        // Read-your-writes: a client that just saved can search for it at once. A bulk import
        // instead goes on with its next batch while this one is indexed, and waits at its end;
        // so does every write while a rebuild runs, rather than hold its response until the end.
        if (event.bulk() || catchUp.rebuilding()) {
            catchUpSoon();
            return;
        }
        // The write has committed, so an index failure must not turn its response into an error:
        // the poller retries from the watermark.
        try {
            catchUp.catchUp();
        } catch (RuntimeException e) {
            LOG.error("Could not apply outbox after commit of {} {}; the poller will retry",
                    event.entityType(), event.entityId(), e);
        }
    }

    /** Catches up on a background thread; calls while one is queued are folded into it. */
    private void catchUpSoon() {
        if (backgroundQueued.compareAndSet(false, true)) {
            background.execute(() -> {
                backgroundQueued.set(false);
                try {
                    catchUp.catchUp();
                } catch (RuntimeException e) {
                    LOG.error("Background index catch-up failed; the poller will retry", e);
                }
            });
        }
    }

    @PreDestroy
    void stopBackground() {
        reanalysis.stop();
        background.shutdownNow();
        writers.shutdownNow();
        // The index closes after this bean: a write still running would race its close and could
        // leave the index's write lock held in this JVM (a restart in the same JVM then fails).
        try {
            if (!background.awaitTermination(10, TimeUnit.SECONDS) || !writers.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Index writes still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Scheduled(fixedDelay = "${jobmatch.search.poll-interval:1s}", initialDelay = "${jobmatch.search.poll-interval:1s}")
    void poll() {
        reanalysis.retryIfStale();
        if (!catchUp.rebuilding()) {
            catchUp.catchUp();
        }
    }

    @Scheduled(fixedDelay = "${jobmatch.search.commit-interval:5s}", initialDelay = "${jobmatch.search.commit-interval:5s}")
    void commit() {
        // A commit mid-rebuild could make the half-written index visible (see LuceneIndex.commit).
        if (!catchUp.rebuilding()) {
            index.commit();
        }
    }
}
