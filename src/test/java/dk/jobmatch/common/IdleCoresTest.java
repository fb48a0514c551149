package dk.jobmatch.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request's work shared with a helper thread: every item's result in the items' order whoever
 * computed it, the helper's failure the caller's, and a caller that never waits for a helper busy
 * with another request (else a loaded service would queue requests behind each other's helpers).
 */
class IdleCoresTest {

    private final IdleCores cores = new IdleCores(1);

    @AfterEach
    void stop() {
        cores.close();
    }

    private static List<Integer> items(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    @Test
    void everyResultComesInTheItemsOrder() {
        List<Integer> items = items(1_000);
        List<Integer> doubled = cores.map(items, i -> 2 * i, () -> i -> 2 * i);
        assertThat(doubled).isEqualTo(items.stream().map(i -> 2 * i).toList());
    }

    @Test
    void anIdleHelperTakesSomeOfTheItemsWithAFunctionOfItsOwn() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger made = new AtomicInteger();
        Function<Integer, Integer> slow = i -> {
            threads.add(Thread.currentThread().getName());
            sleep(2);
            return i;
        };
        List<Integer> items = items(200);
        assertThat(cores.map(items, slow, () -> {
            made.incrementAndGet();
            return slow;
        })).isEqualTo(items);
        assertThat(threads).contains(Thread.currentThread().getName()).anyMatch(name -> name.startsWith("match-helper-"));
        assertThat(made).hasValue(1);
    }

    @Test
    void aRequestWhileAnotherSharesItsWorkIsNotHelpedAndDoesNotWait() throws Exception {
        CountDownLatch helperBusy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Integer, Integer> blocking = i -> {
            if (Thread.currentThread().getName().startsWith("match-helper-")) {
                helperBusy.countDown();
            }
            await(release);
            return i;
        };
        // Threads of its own: the common pool may have a single thread on a small machine.
        ExecutorService requests = Executors.newFixedThreadPool(2);
        CompletableFuture<List<Integer>> first = CompletableFuture.supplyAsync(
                () -> cores.map(items(64), blocking, () -> blocking), requests);
        assertThat(helperBusy.await(10, TimeUnit.SECONDS)).as("the helper took the first request's items").isTrue();

        Set<String> threads = ConcurrentHashMap.newKeySet();
        Function<Integer, Integer> recorded = i -> {
            threads.add(Thread.currentThread().getName());
            return i;
        };
        CompletableFuture<List<Integer>> second = CompletableFuture.supplyAsync(
                () -> cores.map(items(64), recorded, () -> recorded), requests);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo(items(64));
        assertThat(threads).noneMatch(name -> name.startsWith("match-helper-"));

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(items(64));
        requests.shutdown();
    }

    @Test
    void noHelperIsOfferedWhileAsManyRequestsRunAsThereAreCores() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Function<Integer, Integer> slow = i -> {
            threads.add(Thread.currentThread().getName());
            sleep(1);
            return i;
        };
        try (IdleCores.Running mine = cores.running(); IdleCores.Running another = cores.running()) {
            assertThat(cores.map(items(100), slow, () -> slow)).isEqualTo(items(100));
        }
        assertThat(threads).containsExactly(Thread.currentThread().getName());
        // The other request ended: the one left is helped again.
        try (IdleCores.Running mine = cores.running()) {
            assertThat(cores.map(items(100), slow, () -> slow)).isEqualTo(items(100));
        }
        assertThat(threads).anyMatch(name -> name.startsWith("match-helper-"));
    }

    @Test
    void aHelpersFailureIsTheCallers() {
        CountDownLatch failed = new CountDownLatch(1);
        Function<Integer, Integer> failing = i -> {
            failed.countDown();
            throw new IllegalStateException("the helper's item " + i);
        };
        Function<Integer, Integer> waiting = i -> {
            awaitAtMost(failed);
            return i;
        };
        assertThatThrownBy(() -> cores.map(items(200), waiting, () -> failing))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("the helper's item");
    }

    @Test
    void aRequestWhileTheServiceStopsIsServedByItsOwnThread() {
        cores.close();
        assertThat(cores.map(items(100), i -> i + 1, () -> i -> i + 1))
                .isEqualTo(items(100).stream().map(i -> i + 1).toList());
    }

    @Test
    void withoutHelpersEveryItemIsTheCallers() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> result = IdleCores.NONE.map(items(500), i -> {
            threads.add(Thread.currentThread().getName());
            return i;
        }, () -> {
            throw new AssertionError("no helper exists");
        });
        assertThat(result).isEqualTo(items(500));
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitAtMost(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
