package dk.jobmatch.search;

import dk.jobmatch.outbox.OutboxEntry;
import dk.jobmatch.outbox.OutboxRepository;

import java.util.List;

/** What catch-up reads of the outbox; the seam its unit tests replace with rows in memory. */
interface OutboxReader {

    /** Committed rows numbered above {@code afterId}, in number order, at most {@code limit}. */
    List<OutboxEntry> after(long afterId, int limit);

    /** The number of the last committed row (0 when there is none). */
    long last();

    static OutboxReader of(OutboxRepository repository) {
        return new OutboxReader() {
            @Override
            public List<OutboxEntry> after(long afterId, int limit) {
                return repository.findAfter(afterId, limit);
            }

            @Override
            public long last() {
                // Read outside the writers' transactions, the counter is the last committed number.
                return repository.lastReserved();
            }
        };
    }
}
