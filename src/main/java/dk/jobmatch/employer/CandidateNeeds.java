package dk.jobmatch.employer;

import dk.jobmatch.outbox.ChangedEntities;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.FollowedCopies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Needs as a citizen's matches weigh them, kept in memory between requests and fed by the outbox
 * ({@link FollowedCopies}), as the candidates' profiles are the other way. Kept with what agreements
 * hold of their tasks: every change of the holds writes an update of the need to the outbox in the
 * same transaction ({@link NeedAvailability#holdsChanged}), so a copy is dropped with it (reading the
 * holds of 150 needs per request was ~7 % of a citizen's matches: docs/performance.md).
 */
@Singleton
class CandidateNeeds {

    private final NeedStore store;
    private final NeedAvailability availability;
    private final FollowedCopies<Need> copies;

    CandidateNeeds(NeedStore store, NeedAvailability availability, ChangedEntities changes,
                   @Value("${jobmatch.match.need-cache:50000}") int size) {
        this.store = store;
        this.availability = availability;
        this.copies = new FollowedCopies<>(changes, EntityType.NEED, Need::id, size);
    }

    /** The needs of these ids that exist, in the order given, their tasks showing what is held. */
    List<Need> load(List<String> ids) {
        return copies.load(ids, missing -> availability.withHolds(store.findAll(missing)));
    }
}
