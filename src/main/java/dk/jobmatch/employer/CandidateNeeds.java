package dk.jobmatch.employer;

import dk.jobmatch.outbox.ChangedEntities;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.FollowedCopies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Needs as a citizen's matches weigh them, kept in memory between requests and fed by the outbox
 * ({@link FollowedCopies}), as the candidates' profiles are the other way. Kept without the holds
 * of agreements, which change with agreements rather than with the need and are read per request.
 */
@Singleton
class CandidateNeeds {

    private final NeedStore store;
    private final FollowedCopies<Need> copies;

    CandidateNeeds(NeedStore store, ChangedEntities changes, @Value("${jobmatch.match.need-cache:50000}") int size) {
        this.store = store;
        this.copies = new FollowedCopies<>(changes, EntityType.NEED, Need::id, size);
    }

    /** The needs of these ids that exist, in the order given, their tasks not yet showing holds. */
    List<Need> load(List<String> ids) {
        return copies.load(ids, store::findAll);
    }
}
