package dk.jobmatch.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput as clients see it: {@code clients} threads each call, wait for the answer and call
 * again (closed loop), round robin over the inputs, for the duration. The same loop drives the
 * HTTP endpoint, the in-process ranking, the floor query and the PostgreSQL baseline, so their
 * figures compare.
 */
final class ClosedLoop {

    /** One call; it returns its own latency in nanoseconds (HTTP times the exchange only). */
    interface Call<T> {
        long nanos(T input) throws Exception;
    }

    record Load(long requests, double perSecond, long[] sortedLatencies) {
    }

    private ClosedLoop() {
    }

    static <T> Load run(List<T> inputs, int clients, Duration duration, Call<T> call) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        List<Future<List<Long>>> results = new ArrayList<>();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        latencies.add(call.nanos(inputs.get(Math.floorMod(next.getAndIncrement(), inputs.size()))));
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                all.addAll(result.get());
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return new Load(sorted.length, sorted.length / seconds, sorted);
        }
    }

    /** Times a call that does not time itself. */
    static <T> Call<T> timed(ThrowingConsumer<T> work) {
        return input -> {
            long start = System.nanoTime();
            work.accept(input);
            return System.nanoTime() - start;
        };
    }

    interface ThrowingConsumer<T> {
        void accept(T input) throws Exception;
    }
}
