package dk.jobmatch.employer;

import dk.jobmatch.common.BackgroundWork;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Instant;

/**
 * OPEN needs without activity for {@code jobmatch.needs.expire-days} (90) become EXPIRED and are
 * announced as need.expired; matching leaves them out once the outbox has re-indexed them. Each
 * need moves by compare-and-set in its own transaction ({@link NeedService#expire}), so several
 * instances can run this at once, each need expires once, and a need used meanwhile is left alone.
 */
@Singleton
@BackgroundWork
class NeedExpiry {

    private final NeedStore store;
    private final NeedService needs;
    private final NeedStaleness staleness;

    NeedExpiry(NeedStore store, NeedService needs, NeedStaleness staleness) {
        this.store = store;
        this.needs = needs;
        this.staleness = staleness;
    }

    @Scheduled(fixedDelay = "${jobmatch.needs.expiry-interval:1h}", initialDelay = "1m")
    void onSchedule() {
        expireDue();
    }

    /** Expires every OPEN need idle for the expiry days; how many this call expired. */
    int expireDue() {
        Instant cutoff = staleness.expiryCutoff();
        int expired = 0;
        for (String id : store.openIdleBefore(cutoff)) {
            if (needs.expire(id, cutoff)) {
                expired++;
            }
        }
        return expired;
    }
}
