package dk.jobmatch.citizen;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.jobmatch.outbox.ChangedEntities;
import dk.jobmatch.outbox.EntityType;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles as the matcher weighs them, kept in memory between requests and fed by the outbox:
 * loading a pool of 150 profiles (four queries and their mapping) was over a quarter of a match
 * (docs/performance.md). The exact rules must still decide on the profile as it is now, so each
 * request first reads the outbox's position and drops the copies of every citizen changed since
 * the position the copies were last brought to (one query on the counter row; one more when
 * something changed); what is not kept is loaded afresh. Every instance reads the shared outbox,
 * so a change made through another instance is followed too.
 *
 * <p>A copy is kept only when no later change was applied while it was loaded: the position is
 * read before the row, so the row is at least that new, and a change applied meanwhile might be
 * one the copy does not show. A copy holds what matching reads, not the team or what a follow-up
 * measured, and copies not used for a while leave, so dormant profiles do not stay in memory.
 */
@Singleton
class CandidateProfiles {

    /** Beyond this many changes since the last request, forgetting every copy is cheaper than reading them. */
    private static final long MOST_CHANGES_READ = 10_000;

    private final CitizenStore store;
    private final ChangedEntities changes;
    private final Cache<String, Citizen> kept;
    /** The outbox position every kept copy is current at (guarded by this). */
    private long current = -1;

    CandidateProfiles(CitizenStore store, ChangedEntities changes,
                      @Value("${jobmatch.match.profile-cache:100000}") int size) {
        this.store = store;
        this.changes = changes;
        this.kept = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** The profiles of these ids that exist, in the order given, without their agreements' hours. */
    List<Citizen> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long position = changes.position();
        bringTo(position);
        Map<String, Citizen> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Citizen copy = kept.getIfPresent(id);
            if (copy != null) {
                found.put(id, copy);
            } else {
                missing.add(id);
            }
        }
        List<Citizen> loaded = store.findAll(missing).stream()
                .map(citizen -> citizen.withTeam(List.of()).withMeasured(null)).toList();
        loaded.forEach(copy -> found.put(copy.id(), copy));
        keep(loaded, position);
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Drops the copies of the citizens changed since the kept copies' position, up to {@code position}. */
    private synchronized void bringTo(long position) {
        if (position == current) {
            return;
        }
        // Lower than before: a position seen inside a transaction that then rolled back (see
        // CitizenService.loadCandidates); nothing kept since can be trusted.
        if (current < 0 || position < current || position - current > MOST_CHANGES_READ) {
            kept.invalidateAll();
        } else {
            kept.invalidateAll(changes.between(EntityType.CITIZEN, current, position));
        }
        current = position;
    }

    private synchronized void keep(List<Citizen> loaded, long position) {
        if (position == current) {
            loaded.forEach(copy -> kept.put(copy.id(), copy));
        }
    }
}
