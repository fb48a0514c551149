package dk.jobmatch.citizen;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Profiles as the matcher weighs them, kept in memory between requests: loading a pool of 150
 * profiles (four queries and their mapping) was over a quarter of a match (docs/performance.md).
 * The exact rules must still decide on the profile as it is now, so each request reads the rows'
 * revisions (one indexed query) and uses a kept copy only at the revision the row has; a missing
 * or older copy is loaded afresh, and a profile that is gone is dropped. The revision is read
 * before the copy is loaded, so a copy is never older than the revision it is kept under (at
 * worst newer, which only costs a reload).
 *
 * <p>A copy holds what matching reads, not the team or what a follow-up measured, and copies not
 * used for a while leave, so erased or dormant profiles do not stay in memory.
 */
@Singleton
class CandidateProfiles {

    private final CitizenStore store;
    private final Cache<String, Kept> kept;

    CandidateProfiles(CitizenStore store, @Value("${jobmatch.match.profile-cache:100000}") int size) {
        this.store = store;
        this.kept = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    private record Kept(long revision, Citizen citizen) {
    }

    /** The profiles of these ids that exist, in the order given, without their agreements' hours. */
    List<Citizen> load(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Long> revisions = store.revisions(ids);
        Map<String, Citizen> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Long revision = revisions.get(id);
            Kept copy = kept.getIfPresent(id);
            if (revision == null) {
                kept.invalidate(id);
            } else if (copy != null && copy.revision() == revision) {
                found.put(id, copy.citizen());
            } else {
                missing.add(id);
            }
        }
        for (Citizen loaded : store.findAll(missing)) {
            Citizen copy = loaded.withTeam(List.of()).withMeasured(null);
            kept.put(copy.id(), new Kept(revisions.get(copy.id()), copy));
            found.put(copy.id(), copy);
        }
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Forgets a profile now (erasure); other instances drop theirs when they next meet it. */
    void forget(Collection<String> ids) {
        kept.invalidateAll(ids);
    }
}
