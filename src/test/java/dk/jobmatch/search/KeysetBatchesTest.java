package dk.jobmatch.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class KeysetBatchesTest {

    @Test
    void everyRowArrivesOnceInIdOrderInBatchesOfTheGivenSize() {
        Table table = new Table(7);
        List<List<String>> batches = new ArrayList<>();

        KeysetBatches.forEach(table::after, Function.identity(), 3, batches::add);

        assertThat(batches).containsExactly(List.of("r0", "r1", "r2"), List.of("r3", "r4", "r5"), List.of("r6"));
        assertThat(table.askedAfter).containsExactly("", "r2", "r5");
    }

    @Test
    void aTableOfWholeBatchesEndsWithOneEmptyRead() {
        Table table = new Table(6);
        List<List<String>> batches = new ArrayList<>();

        KeysetBatches.forEach(table::after, Function.identity(), 3, batches::add);

        assertThat(batches).hasSize(2);
        assertThat(table.askedAfter).containsExactly("", "r2", "r5");
    }

    @Test
    void anEmptyTableGivesNoBatch() {
        Table table = new Table(0);
        List<List<String>> batches = new ArrayList<>();

        KeysetBatches.forEach(table::after, Function.identity(), 3, batches::add);

        assertThat(batches).isEmpty();
        assertThat(table.askedAfter).containsExactly("");
    }

    /** Rows are their own ids, r0..rN, which sort as the numbers do below ten. */
    private static final class Table {
        final List<String> rows;
        final List<String> askedAfter = new ArrayList<>();

        Table(int size) {
            rows = IntStream.range(0, size).mapToObj(i -> "r" + i).toList();
        }

        List<String> after(String afterId, int limit) {
            askedAfter.add(afterId);
            return rows.stream().filter(id -> id.compareTo(afterId) > 0).limit(limit).toList();
        }
    }
}
