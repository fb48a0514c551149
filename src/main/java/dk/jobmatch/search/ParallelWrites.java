package dk.jobmatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Spreads index writes of a large batch (a rebuild, a bulk import) over the cores. Analysis is
 * most of the cost of a write and the one {@code IndexWriter} is thread-safe, so documents are
 * handed out in chunks while the caller goes on reading the next ones from the database. At most
 * a few chunks wait at a time, so a rebuild never holds the whole table in memory.
 */
final class ParallelWrites {

    private static final int CHUNK = 250;

    private final Consumer<IndexDocument> write;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    private final List<Future<?>> pending = new ArrayList<>();
    private List<IndexDocument> chunk = new ArrayList<>(CHUNK);

    /** Writes with the given workers (a pool sized to the cores, shared by all batches). */
    ParallelWrites(ExecutorService workers, Consumer<IndexDocument> write) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.write = write;
        this.workers = workers;
        this.inFlight = new Semaphore(threads * 2);
    }

    void accept(IndexDocument document) {
        chunk.add(document);
        if (chunk.size() == CHUNK) {
            submit();
        }
    }

    /** Writes what is left and waits for every write; rethrows the first failure. */
    void finish() {
        if (!chunk.isEmpty()) {
            submit();
        }
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing the index", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("index write failed", e.getCause());
            }
        }
        pending.clear();
    }

    private void submit() {
        List<IndexDocument> documents = chunk;
        chunk = new ArrayList<>(CHUNK);
        inFlight.acquireUninterruptibly();
        pending.add(workers.submit(() -> {
            try {
                documents.forEach(write);
            } finally {
                inFlight.release();
            }
        }));
    }
}
