package dk.jobmatch.outbox;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * For copies kept in memory that must follow every committed change (the matching projection):
 * the outbox's position, and which entities changed between two positions. Numbers become visible
 * in commit order without gaps ({@link Outbox}), so a position read before a row is read covers
 * every change that row can show, and nothing between two positions is missed.
 */
@Singleton
public class ChangedEntities {

    private final OutboxRepository outbox;

    ChangedEntities(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** The number of the last committed change (0 before the first). */
    public long position() {
        return outbox.lastReserved();
    }

    /** The entities of this type changed after position {@code after}, up to {@code upTo}. */
    public List<String> between(EntityType type, long after, long upTo) {
        return upTo <= after ? List.of() : outbox.findEntityIdsBetween(after, upTo, type.value());
    }
}
