package dk.jobmatch.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a whole table for a rebuild, a batch at a time in id order, each batch starting after the
 * last id of the one before (keyset paging): memory stays bounded by one batch, and a late batch
 * costs what an early one does, unlike OFFSET paging.
 */
public final class KeysetBatches {

    static final int SIZE = 500;

    private KeysetBatches() {
    }

    /** Hands every row of the table to {@code sink}, in batches, in id order. */
    public static <T> void forEach(BatchAfter<T> batchAfter, Function<T, String> id, Consumer<List<T>> sink) {
        forEach(batchAfter, id, SIZE, sink);
    }

    static <T> void forEach(BatchAfter<T> batchAfter, Function<T, String> id, int size, Consumer<List<T>> sink) {
        String after = "";
        List<T> batch;
        do {
            batch = batchAfter.rows(after, size);
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(batch);
            after = id.apply(batch.getLast());
        } while (batch.size() == size);
    }

    /** Up to {@code limit} rows whose ids sort after {@code afterId}, in id order. */
    @FunctionalInterface
    public interface BatchAfter<T> {
        List<T> rows(String afterId, int limit);
    }
}
