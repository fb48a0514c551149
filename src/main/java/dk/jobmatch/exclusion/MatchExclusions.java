package dk.jobmatch.exclusion;

import dk.jobmatch.common.Ids;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which citizens matching leaves out for which employers and needs. An exclusion is in force
 * before its until date, counted in whole days, so a cool-down ends at the start of a day rather
 * than at the hour the event was recorded.
 */
@Singleton
public class MatchExclusions {

    private final MatchExclusionRepository exclusions;
    private final Clock clock;

    MatchExclusions(MatchExclusionRepository exclusions, Clock clock) {
        this.exclusions = exclusions;
        this.clock = clock;
    }

    /** What one citizen is kept from: whole employers and single needs. */
    public record KeptFrom(Set<String> employerIds, Set<String> needIds) {

        public boolean covers(String needId, String employerId) {
            return needIds.contains(needId) || employerIds.contains(employerId);
        }

        public boolean isEmpty() {
            return employerIds.isEmpty() && needIds.isEmpty();
        }
    }

    /**
     * Leaves the citizen out of matches with every need of the employer, in both directions,
     * before {@code until}; {@code agreementId} is the agreement whose ending caused it.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void keepFromEmployer(String citizenId, String employerId, LocalDate until, String agreementId) {
        exclusions.save(new MatchExclusion(Ids.newId(), citizenId, employerId, null, until, agreementId,
                clock.instant()));
    }

    /**
     * Leaves the citizen out of matches with this one need for good, in both directions (the
     * employer declined them for it).
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void keepFromNeed(String citizenId, String needId) {
        exclusions.save(new MatchExclusion(Ids.newId(), citizenId, null, needId, null, null, clock.instant()));
    }

    /** The employers and needs the citizen is kept from today. */
    public KeptFrom keptFrom(String citizenId) {
        var inForce = exclusions.findInForceForCitizen(citizenId, today());
        return new KeptFrom(
                inForce.stream().map(MatchExclusion::employerId).filter(Objects::nonNull).collect(Collectors.toSet()),
                inForce.stream().map(MatchExclusion::needId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The citizens kept from this need today, by an exclusion of the need or of its employer. */
    public Set<String> citizensKeptFrom(String needId, String employerId) {
        return exclusions.findInForceForNeed(needId, employerId, today()).stream()
                .map(MatchExclusion::citizenId).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
