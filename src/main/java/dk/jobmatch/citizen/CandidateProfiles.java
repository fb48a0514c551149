package dk.jobmatch.citizen;

import dk.jobmatch.outbox.ChangedEntities;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.FollowedCopies;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Profiles as the matcher weighs them, kept in memory between requests and fed by the outbox
 * ({@link FollowedCopies}): loading a pool of 150 profiles (four queries and their mapping) was
 * over a quarter of a match (docs/performance.md). A copy holds what matching reads, not the team
 * or what a follow-up measured, and the hours the citizen's agreements hold: every change of those
 * writes an update of the citizen to the outbox in the same transaction (the agreements' allocation),
 * so the copy is dropped with it (reading them per request was ~6 % of a need's matches).
 */
@Singleton
class CandidateProfiles {

    private final CitizenStore store;
    private final Commitments commitments;
    private final FollowedCopies<Citizen> copies;

    CandidateProfiles(CitizenStore store, Commitments commitments, ChangedEntities changes,
                      @Value("${jobmatch.match.profile-cache:100000}") int size) {
        this.store = store;
        this.commitments = commitments;
        this.copies = new FollowedCopies<>(changes, EntityType.CITIZEN, Citizen::id, size);
    }

    /** The profiles of these ids that exist, in the order given, with their agreements' hours. */
    List<Citizen> load(List<String> ids) {
        return copies.load(ids, missing -> commitments.of(store.findAll(missing).stream()
                .map(citizen -> citizen.withTeam(List.of()).withMeasured(null)).toList()));
    }
}
