package dk.jobmatch.agreement;

import dk.jobmatch.common.BackgroundWork;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Drafts not fully approved within {@code jobmatch.agreements.draft-days} (21 by default) become
 * EXPIRED and give back the places and hours they held, so a forgotten draft does not block a
 * task for others. Each draft moves by compare-and-set in its own transaction
 * ({@link AgreementService#expire}), so several instances can run this at once and a draft
 * approved meanwhile is left alone.
 */
@Singleton
@BackgroundWork
class DraftExpiry {

    private final AgreementStore store;
    private final AgreementService agreements;
    private final Clock clock;
    private final Duration draftLife;

    DraftExpiry(AgreementStore store, AgreementService agreements, Clock clock,
                @Value("${jobmatch.agreements.draft-days:21}") int draftDays) {
        this.store = store;
        this.agreements = agreements;
        this.clock = clock;
        this.draftLife = Duration.ofDays(draftDays);
    }

    @Scheduled(fixedDelay = "${jobmatch.agreements.expiry-interval:10m}", initialDelay = "1m")
    void onSchedule() {
        expireDue();
    }

    /** Expires every draft older than the draft life; how many this call expired. */
    int expireDue() {
        Instant now = clock.instant();
        int expired = 0;
        for (Agreement draft : store.draftsCreatedBefore(now.minus(draftLife))) {
            if (agreements.expire(draft, now)) {
                expired++;
            }
        }
        return expired;
    }
}
