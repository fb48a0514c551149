package dk.jobmatch.employer;

import dk.jobmatch.vocabulary.NeedStatus;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stale needs, by calendar days on the injected clock: a need whose last activity was on day D is
 * stale from day D + {@code jobmatch.needs.stale-days} (60) and is due to expire on day D +
 * {@code jobmatch.needs.expire-days} (90). Only OPEN needs go stale; an EXPIRED need still shows
 * the day it went stale.
 */
@Singleton
class NeedStaleness {

    private final NeedStore store;
    private final Clock clock;
    private final int staleDays;
    private final int expireDays;

    NeedStaleness(NeedStore store, Clock clock,
                  @Value("${jobmatch.needs.stale-days:60}") int staleDays,
                  @Value("${jobmatch.needs.expire-days:90}") int expireDays) {
        this.store = store;
        this.clock = clock;
        this.staleDays = staleDays;
        this.expireDays = expireDays;
    }

    /** The day each stale need went stale; fresh needs and needs in other statuses are left out. */
    Map<String, LocalDate> staleSince(Collection<Need> needs) {
        List<String> ids = needs.stream()
                .filter(n -> n.status() == NeedStatus.OPEN || n.status() == NeedStatus.EXPIRED)
                .map(Need::id).toList();
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> result = new HashMap<>();
        store.lastActivity(ids).forEach((id, last) -> {
            LocalDate stale = LocalDate.ofInstant(last, clock.getZone()).plusDays(staleDays);
            if (!stale.isAfter(today)) {
                result.put(id, stale);
            }
        });
        return result;
    }

    /**
     * Needs with activity before this instant are due to expire today: their last active day is
     * at least expire-days before today.
     */
    Instant expiryCutoff() {
        return LocalDate.now(clock).minusDays(expireDays - 1L).atStartOfDay(clock.getZone()).toInstant();
    }
}
