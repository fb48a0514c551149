package dk.jobmatch.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * After a vocabulary change passed in the outbox: re-reads the vocabulary and, when its content
 * changed, rebuilds the index with its analysis, on a thread of its own so neither the writer whose
 * commit told of it nor the poll waits. Changes that arrive meanwhile are folded into one more run;
 * a failed run is tried again on the next {@link #retryIfStale()}.
 */
final class VocabularyReanalysis {

    private static final Logger LOG = LoggerFactory.getLogger(VocabularyReanalysis.class);

    private final CurrentAnalysis analysis;
    private volatile IndexCatchUp catchUp;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-reanalysis").daemon().factory());
    private final AtomicBoolean stale = new AtomicBoolean();
    private final AtomicBoolean queued = new AtomicBoolean();
    /** A rebuild with a new analysis failed after switching to it: the retry rebuilds even so. */
    private volatile boolean rebuildOwed;

    VocabularyReanalysis(CurrentAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The catch-up that tells this of changes (made with {@link #changed}) and that rebuilds; returned. */
    IndexCatchUp watching(IndexCatchUp catchUp) {
        this.catchUp = catchUp;
        return catchUp;
    }

    /** A vocabulary change was seen: re-analyse soon. Only schedules (it runs under the catch-up lock). */
    void changed() {
        stale.set(true);
        runSoon();
    }

    void retryIfStale() {
        if (stale.get()) {
            runSoon();
        }
    }

    void stop() {
        thread.shutdownNow();
    }

    private void runSoon() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        thread.execute(() -> {
            queued.set(false);
            if (stale.getAndSet(false)) {
                run();
            }
        });
    }

    private void run() {
        try {
            analysis.reloadVocabulary();
            Optional<Analysis> next = analysis.next();
            if (next.isPresent() || rebuildOwed) {
                LOG.info("Concept vocabulary changed: rebuilding the search index with it");
                rebuildOwed = true;
                catchUp.rebuild(() -> next.ifPresent(analysis::use));
                rebuildOwed = false;
            }
        } catch (RuntimeException e) {
            stale.set(true);
            LOG.error("Could not re-analyse after a vocabulary change; the poll will retry", e);
        }
    }
}
