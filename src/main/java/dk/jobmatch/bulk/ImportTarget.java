package dk.jobmatch.bulk;

import java.util.List;
import java.util.function.Supplier;

/**
 * A kind of entity that bulk import can store. Feature packages implement it; this package only
 * streams, batches and reports, so it does not depend on them.
 */
public interface ImportTarget {

    /** The path segment under {@code /api/v1/import/}, e.g. {@code citizens}. */
    String name();

    /** Reads and validates a batch without storing anything. */
    PreparedBatch prepare(List<ImportLine> lines);

    /** A validated batch: what failed, and how to store it all in one transaction if nothing did. */
    interface PreparedBatch {

        List<LineFailure> failures();

        /** Stores every line of the batch, or (throwing) none of them; answers the lines stored, in order. */
        List<StoredLine> store();

        static PreparedBatch of(List<LineFailure> failures, Supplier<List<StoredLine>> store) {
            return new PreparedBatch() {
                @Override
                public List<LineFailure> failures() {
                    return failures;
                }

                @Override
                public List<StoredLine> store() {
                    return store.get();
                }
            };
        }
    }
}
