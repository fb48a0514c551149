package dk.jobmatch.bulk;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Prepares (parses, validates) the next batch on a second thread while the caller's thread stores
 * the previous one: on two cores the CPU-bound reading and the database writes overlap instead of
 * taking turns. Storing stays on the caller's thread, in order, one batch at a time, so it keeps
 * the request's caller for the audit log and each batch still commits or rolls back alone. At most
 * two batches are held (the one being prepared and the one being stored), so memory stays bounded.
 *
 * @param <B> a batch of lines
 * @param <P> a prepared batch
 */
final class PrepareAhead<B, P> implements AutoCloseable {

    private final Function<B, P> prepare;
    private final BiConsumer<B, P> store;
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private B pendingBatch;
    private Future<P> pending;

    PrepareAhead(Function<B, P> prepare, BiConsumer<B, P> store) {
        this.prepare = prepare;
        this.store = store;
    }

    /** Starts preparing {@code batch}, then stores the batch submitted before it (if any). */
    void submit(B batch) {
        Future<P> next = ahead.submit(() -> prepare.apply(batch));
        storePending();
        pendingBatch = batch;
        pending = next;
    }

    /** Stores the last batch submitted. */
    void finish() {
        storePending();
    }

    private void storePending() {
        if (pending == null) {
            return;
        }
        P prepared = await(pending);
        B batch = pendingBatch;
        pending = null;
        pendingBatch = null;
        store.accept(batch, prepared);
    }

    private static <P> P await(Future<P> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing an import batch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        ahead.shutdownNow();
    }
}
