package dk.jobmatch.integration;

import dk.jobmatch.outbox.OutboxEntry;
import dk.jobmatch.outbox.OutboxRepository;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The outbox read as a feed. Outbox numbers become visible in commit order without gaps (see
 * {@code Outbox}), so "everything after N" is final the moment it is read: a reader that keeps its
 * last number never misses a change and never sees one twice.
 */
@Singleton
class ChangeFeed {

    private final OutboxRepository outbox;
    private final AccessPolicy access;

    ChangeFeed(OutboxRepository outbox, AccessPolicy access) {
        this.outbox = outbox;
        this.access = access;
    }

    List<OutboxEntry> after(long cursor, int limit) {
        access.require(Role.INTEGRATION, Role.ADMIN);
        return outbox.findAfter(cursor, limit);
    }
}
