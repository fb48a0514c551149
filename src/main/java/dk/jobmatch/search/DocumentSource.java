package dk.jobmatch.search;

import dk.jobmatch.outbox.EntityType;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    /** The entity's current document, or empty when it no longer exists (or is not indexed). */
    Optional<IndexDocument> load(String id);

    /**
     * Current documents of several entities, keyed by id; missing ids no longer exist. Sources
     * override this to load a batch in a few queries instead of one per entity.
     */
    default Map<String, IndexDocument> loadAll(Collection<String> ids) {
        Map<String, IndexDocument> documents = new HashMap<>();
        ids.forEach(id -> load(id).ifPresent(doc -> documents.put(id, doc)));
        return documents;
    }

    /** Streams every entity's document, for a full rebuild. */
    void forEach(Consumer<IndexDocument> sink);

    /** How many documents {@link #forEach} would produce. */
    long count();
}
