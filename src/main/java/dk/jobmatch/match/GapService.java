package dk.jobmatch.match;

import dk.jobmatch.capacity.Holds;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedCandidates;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.exclusion.MatchExclusions;
import dk.jobmatch.search.ScoredId;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.Place;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gaps (contract v1.1 "Outcomes and insight"): for one citizen, the open needs nearby that exactly
 * one thing keeps from them ({@link Gaps}); for an area, which blocker keeps the most task hours from
 * its citizens. Candidates come from the index: open needs within a bounded radius, whatever they
 * require, leaving out the needs the citizen is on already or kept from (as matching does).
 */
@Singleton
class GapService {

    /** How many nearby needs are weighed per request. */
    static final int NEEDS = 300;
    /** How many citizens of a postcode an area insight weighs. */
    static final int CITIZENS = 2000;
    static final double DEFAULT_RADIUS_KM = 30;
    static final double MAX_RADIUS_KM = 100;

    private final NeedService needs;
    private final EmployerService employers;
    private final CitizenService citizens;
    private final NeedCandidates candidates;
    private final Holds holds;
    private final MatchExclusions exclusions;
    private final AccessPolicy access;

    GapService(NeedService needs, EmployerService employers, CitizenService citizens, NeedCandidates candidates,
               Holds holds, MatchExclusions exclusions, AccessPolicy access) {
        this.needs = needs;
        this.employers = employers;
        this.citizens = citizens;
        this.candidates = candidates;
        this.holds = holds;
        this.exclusions = exclusions;
        this.access = access;
    }

    /** The citizen's gaps, most task hours first; the read of the citizen is audited. */
    @Transactional
    List<Gaps.Gap> forCitizen(String citizenId) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        Citizen citizen = citizens.read(citizenId).forMatching();
        if (!citizen.consent() || citizen.hoursPerWeek().max() <= 0) {
            return List.of();
        }
        double radius = citizen.maxTravelKm() == null ? DEFAULT_RADIUS_KM
                : Math.min(MAX_RADIUS_KM, 1.5 * citizen.maxTravelKm());
        Nearby nearby = nearby(citizen.profileText(), citizen.location(), radius);
        return gaps(citizen, nearby).stream()
                .sorted(Comparator.comparingDouble(Gaps.Gap::taskHours).reversed()
                        .thenComparing(g -> g.need().id()))
                .toList();
    }

    /** One blocker in an area: the citizens and needs it keeps apart, and the task hours it would open. */
    record AreaGap(Gaps.Blocker blocker, int citizens, int needs, double taskHours) {
    }

    record Area(String postcode, double radiusKm, int citizens, List<AreaGap> gaps) {
    }

    /**
     * The citizens of a postcode (with consent and hours left) against the open needs within the
     * radius of the postcode's centre (the mean position of its citizens), grouped by blocker. No
     * citizen leaves the server, so nothing is audited.
     */
    @Transactional(readOnly = true)
    Area forArea(String postcode, @Nullable Double radiusKm) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        double radius = radiusKm == null ? 25 : radiusKm;
        List<Citizen> residents = citizens.livingIn(postcode, CITIZENS).stream().map(Citizen::forMatching)
                .filter(c -> c.location() != null && c.location().hasCoordinates()).toList();
        if (residents.isEmpty()) {
            throw ApiException.unprocessable(List.of(new FieldViolation("postcode",
                    "no citizen with a known position lives in " + postcode)));
        }
        double lat = residents.stream().mapToDouble(c -> c.location().lat()).average().orElseThrow();
        double lon = residents.stream().mapToDouble(c -> c.location().lon()).average().orElseThrow();
        Nearby nearby = nearby("", new Place(postcode, null, lat, lon), radius);
        List<Citizen> weighed = residents.stream().filter(c -> c.consent() && c.hoursPerWeek().max() > 0).toList();
        Map<Gaps.Blocker, Set<String>> citizensBy = new HashMap<>();
        Map<Gaps.Blocker, Set<String>> needsBy = new HashMap<>();
        Map<Gaps.Blocker, Double> hoursBy = new HashMap<>();
        for (Citizen citizen : weighed) {
            for (Gaps.Gap gap : gaps(citizen, nearby)) {
                citizensBy.computeIfAbsent(gap.blocker(), b -> new HashSet<>()).add(citizen.id());
                needsBy.computeIfAbsent(gap.blocker(), b -> new HashSet<>()).add(gap.need().id());
                hoursBy.merge(gap.blocker(), gap.taskHours(), Double::sum);
            }
        }
        List<AreaGap> gaps = hoursBy.keySet().stream()
                .map(b -> new AreaGap(b, citizensBy.get(b).size(), needsBy.get(b).size(), hoursBy.get(b)))
                .sorted(Comparator.comparingDouble(AreaGap::taskHours).reversed()
                        .thenComparing(Comparator.comparingInt(AreaGap::citizens).reversed())
                        .thenComparing(g -> g.blocker().kind())
                        .thenComparing(g -> g.blocker().code() == null ? "" : g.blocker().code()))
                .toList();
        return new Area(postcode, radius, weighed.size(), gaps);
    }

    /** Open needs near a place (free tasks only) and their employers. */
    private record Nearby(List<Need> needs, Map<String, Employer> employers) {
    }

    private Nearby nearby(String text, Place centre, double radiusKm) {
        List<Need> found = needs.findAll(candidates.findNear(text, centre, radiusKm, NEEDS).stream()
                .map(ScoredId::id).toList()).stream().map(Need::withFreeTasksOnly).toList();
        return new Nearby(found, employers.findAll(found.stream().map(Need::employerId).distinct().toList()));
    }

    private List<Gaps.Gap> gaps(Citizen citizen, Nearby nearby) {
        Set<String> alreadyOn = holds.needsHeldBy(citizen.id());
        MatchExclusions.KeptFrom keptFrom = exclusions.keptFrom(citizen.id());
        List<Gaps.Gap> gaps = new ArrayList<>();
        for (Need need : nearby.needs()) {
            if (alreadyOn.contains(need.id()) || keptFrom.covers(need.id(), need.employerId())) {
                continue;
            }
            Employer employer = nearby.employers().get(need.employerId());
            Optional<Gaps.Gap> gap = Gaps.of(need, employer == null ? null : employer.place(), citizen);
            gap.ifPresent(gaps::add);
        }
        return gaps;
    }
}
