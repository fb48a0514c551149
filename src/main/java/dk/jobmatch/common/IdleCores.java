package dk.jobmatch.common;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One request's work shared with cores that have nothing else to do. A request alone on the
 * machine (one consultant at a time, most of the day) otherwise leaves all cores but one idle while
 * it bounds hundreds of pairs. The caller and the helpers take chunks of the list in turn, and the
 * caller never waits for a helper that has not started. Help is offered only while fewer requests
 * run than there are cores: under load every core is busy with a request of its own, and a helper
 * would only add its hand-over and its own memory to warm. One helper thread per core beyond the
 * first ({@code jobmatch.helper-threads}, 0: none); measured on 2 cores only. (Lucene's sharing of
 * a query's slices was measured too, and cost more than it saved: docs/performance.md.)
 */
@Singleton
public class IdleCores {

    /** Items a thread takes at a time: small enough to share evenly, large enough that taking is cheap. */
    private static final int CHUNK = 16;

    /** Never helped: every item on the caller's thread. */
    public static final IdleCores NONE = new IdleCores(0);

    private final ExecutorService helpers;
    private final int count;
    /** Requests that said they run ({@link #running}): when they are as many as the cores, none is idle. */
    private final AtomicInteger running = new AtomicInteger();
    /** Callers in {@link #map} now, for those that did not say so. */
    private final AtomicInteger mapping = new AtomicInteger();

    public IdleCores(@Value("${jobmatch.helper-threads:-1}") int configured) {
        this.count = configured >= 0 ? configured : Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
        this.helpers = count == 0 ? null : Executors.newFixedThreadPool(count, Thread.ofPlatform().daemon()
                .name("match-helper-", 1).factory());
    }

    /**
     * Marks a request running until closed. Other work of a request (its index query, its loads)
     * keeps a core busy as much as its {@link #map} does, so a helper is offered only while no more
     * requests run than there are cores.
     */
    public Running running() {
        running.incrementAndGet();
        return new Running(running);
    }

    /** A running request; closing it ends it. */
    public static final class Running implements AutoCloseable {

        private final AtomicInteger count;

        private Running(AtomicInteger count) {
            this.count = count;
        }

        @Override
        public void close() {
            count.decrementAndGet();
        }
    }

    /**
     * {@code work} applied to every item, in the items' order. The caller's thread uses {@code own};
     * each helper that starts while items are left makes its own function with {@code another} (state
     * such as a request scorer's memory is one thread's), and everything a helper made is the
     * caller's once this returns.
     */
    public <T, R> List<R> map(List<T> items, Function<T, R> own, Supplier<Function<T, R>> another) {
        if (helpers == null || items.size() < 2 * CHUNK) {
            return items.stream().map(own).toList();
        }
        // Under load other requests keep the cores busy, and a helper would only add its own costs
        // (a hand-over, a sibling's memory warmed again): help only while few requests run.
        int others = Math.max(mapping.getAndIncrement(), running.get() - 1);
        try {
            int helping = Math.min(count - others, items.size() / (2 * CHUNK));
            return helping <= 0 ? items.stream().map(own).toList() : shared(items, own, another, helping);
        } finally {
            mapping.decrementAndGet();
        }
    }

    private <T, R> List<R> shared(List<T> items, Function<T, R> own, Supplier<Function<T, R>> another, int helping) {
        Shared<T, R> shared = new Shared<>(items);
        List<Helper> started = new ArrayList<>(helping);
        for (int i = 0; i < helping; i++) {
            Helper helper = new Helper(() -> shared.work(another), shared::hasMore);
            try {
                helpers.execute(helper);
                started.add(helper);
            } catch (RejectedExecutionException closing) {
                break; // the service is stopping: the caller does the rest
            }
        }
        shared.work(() -> own);
        for (Helper helper : started) {
            helper.awaitOrCancel();
        }
        shared.rethrow();
        return shared.results();
    }

    @PreDestroy
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }

    /** The items, the next chunk to take, the results by position, and the first failure. */
    private static final class Shared<T, R> {

        private final List<T> items;
        private final Object[] results;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Shared(List<T> items) {
            this.items = items;
            this.results = new Object[items.size()];
        }

        boolean hasMore() {
            return next.get() < items.size() && failure.get() == null;
        }

        /** Takes chunks until none is left; the function is made only here, so its failure is recorded too. */
        void work(Supplier<Function<T, R>> made) {
            try {
                Function<T, R> function = made.get();
                int from;
                while (failure.get() == null && (from = next.getAndAdd(CHUNK)) < items.size()) {
                    int to = Math.min(items.size(), from + CHUNK);
                    for (int i = from; i < to; i++) {
                        results[i] = function.apply(items.get(i));
                    }
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        void rethrow() {
            Throwable thrown = failure.get();
            if (thrown instanceof RuntimeException e) {
                throw e;
            }
            if (thrown instanceof Error e) {
                throw e;
            }
        }

        @SuppressWarnings("unchecked")
        List<R> results() {
            return (List<R>) Arrays.asList(results);
        }
    }

    /**
     * A helper's part: runs only if it starts before the caller has finished, and then the caller
     * waits for it (the writes to the results happen before the caller reads them).
     */
    private static final class Helper implements Runnable {

        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int CANCELLED = 2;

        private final Runnable work;
        private final BooleanSupplier worthStarting;
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private final CountDownLatch done = new CountDownLatch(1);

        Helper(Runnable work, BooleanSupplier worthStarting) {
            this.work = work;
            this.worthStarting = worthStarting;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            try {
                if (worthStarting.getAsBoolean()) {
                    work.run();
                }
            } finally {
                done.countDown();
            }
        }

        void awaitOrCancel() {
            if (state.compareAndSet(QUEUED, CANCELLED)) {
                return;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
