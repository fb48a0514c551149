package dk.jobmatch.outbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Copies of one type of entity kept in memory between requests and fed by the outbox, for reads
 * that must still see every committed change (the matching projection, issue 23). Each load first
 * reads the outbox's position and drops the copies of every entity of the type changed since the
 * position the copies were last brought to (one query on the counter row; one more when something
 * changed); what is not kept is loaded afresh. Every instance reads the shared outbox, so a change
 * made through another instance is followed too.
 *
 * <p>A loaded copy is kept only when no later change was applied while it was loaded: the position
 * is read before the entity, so the entity is at least that new, and a change applied meanwhile
 * might be one the copy does not show. Only for transactions that have not written the type yet: a
 * copy of one's own uncommitted write would outlive a rollback (a position lower than before, the
 * trace such a rollback leaves, drops every copy). Copies not used for a while leave, so dormant or
 * erased entities do not stay in memory.
 */
public final class FollowedCopies<T> {

    /** Beyond this many changes since the last load, dropping every copy is cheaper than reading them. */
    private static final long MOST_CHANGES_READ = 10_000;

    private final ChangedEntities changes;
    private final EntityType type;
    private final Function<T, String> idOf;
    private final Cache<String, T> kept;
    /** The outbox position every kept copy is current at (guarded by this). */
    private long current = -1;

    public FollowedCopies(ChangedEntities changes, EntityType type, Function<T, String> idOf, int size) {
        this.changes = changes;
        this.type = type;
        this.idOf = idOf;
        this.kept = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /**
     * The entities of these ids that exist, in the order given: kept copies, and for the others
     * what {@code loader} gives (it may leave out ids that no longer exist).
     */
    public List<T> load(List<String> ids, Function<List<String>, List<T>> loader) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long position = changes.position();
        bringTo(position);
        Map<String, T> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            T copy = kept.getIfPresent(id);
            if (copy != null) {
                found.put(id, copy);
            } else {
                missing.add(id);
            }
        }
        List<T> loaded = missing.isEmpty() ? List.of() : loader.apply(missing);
        loaded.forEach(copy -> found.put(idOf.apply(copy), copy));
        keep(loaded, position);
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    private synchronized void bringTo(long position) {
        if (position == current) {
            return;
        }
        if (current < 0 || position < current || position - current > MOST_CHANGES_READ) {
            kept.invalidateAll();
        } else {
            kept.invalidateAll(changes.between(type, current, position));
        }
        current = position;
    }

    private synchronized void keep(List<T> loaded, long position) {
        if (position == current) {
            loaded.forEach(copy -> kept.put(idOf.apply(copy), copy));
        }
    }
}
