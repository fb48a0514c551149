package dk.jobmatch.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Implemented by each feature that has indexed entities. The search package pulls current state
 * through it when it applies the outbox or rebuilds, so the index is always derived from the
 * database and never from request payloads.
 */
public interface DocumentSource {

    /** The outbox entity type this source answers for, e.g. {@code need}. */
    String entityType();

    /**
     * Whether deleting an entity means erasing personal data, so its index entries must also be
     * purged from disk rather than left for a later merge.
     */
    default boolean erasable() {
        return false;
    }

    /** The entity's current document, or empty when it no longer exists (or is not indexed). */
    Optional<IndexDocument> load(String id);

    /** Streams every entity's document, for a full rebuild. */
    void forEach(Consumer<IndexDocument> sink);

    /** How many documents {@link #forEach} would produce. */
    long count();
}
