package dk.jobmatch.search;

import dk.jobmatch.outbox.EntityType;

import java.util.Collection;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Implemented by each feature that has indexed entities. The search package pulls current state
 * through it when it applies the outbox or rebuilds, so the index is always derived from the
 * database and never from request payloads.
 */
public interface DocumentSource {

    /** The outbox entity type this source answers for. */
    EntityType entityType();

    /**
     * Whether deleting an entity means erasing personal data, so its index entries must also be
     * purged from disk rather than left for a later merge.
     */
    default boolean erasable() {
        return false;
    }

    /**
     * Current documents of several entities, keyed by id; missing ids no longer exist (or are not
     * indexed). Catch-up hands over a whole batch, so a source loads it in a few queries.
     */
    Map<String, IndexDocument> loadAll(Collection<String> ids);

    /** Streams every entity's document, for a full rebuild. */
    void forEach(Consumer<IndexDocument> sink);

    /** How many documents {@link #forEach} would produce. */
    long count();
}
