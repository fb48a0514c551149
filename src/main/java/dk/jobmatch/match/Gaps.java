package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What keeps one citizen from one open need when exactly one thing does: a gap. Each hard
 * constraint of {@link MatchRules} is checked on its own, by asking the same rules again with that
 * one constraint lifted from the citizen's side:
 * <ul>
 *   <li>QUALIFICATION: each non-negotiable the citizen lacks is one thing (two missing are two);</li>
 *   <li>DISTANCE: the workplace is beyond the citizen's travel distance;</li>
 *   <li>HOURS: the citizen's hours (those left beside current agreements) fit neither the need's
 *       range nor any bundle of its free tasks, and would if the citizen could work the need's range;</li>
 *   <li>ACCOMMODATION: one of the citizen's accommodations rules out the tasks (no flexibility of the
 *       need lifts it), and without that one accommodation a bundle could be carved.</li>
 * </ul>
 * A pair that is a match already has no gap; a pair that needs two things or more lifted at once
 * has none either. When hours and an accommodation could each open the need on their own, the one
 * opening more task hours is named (HOURS on a tie). Consent and an OPEN need are never gaps.
 * {@code taskHours}: the weekly hours of the bundle the matcher would carve once the blocker is
 * gone (the most hours that fit). A null workplace or code means none (no annotations: this package's
 * rules are plain Java).
 */
final class Gaps {

    enum Kind { QUALIFICATION, ACCOMMODATION, HOURS, DISTANCE }

    record Blocker(Kind kind, String code) {
    }

    record Gap(Need need, Blocker blocker, double taskHours) {
    }

    private Gaps() {
    }

    static Optional<Gap> of(Need need, Place workplace, Citizen citizen) {
        if (!citizen.consent() || need.status() != NeedStatus.OPEN || carve(need, workplace, citizen).isPresent()) {
            return Optional.empty();
        }
        Set<Qualification> missing = EnumSet.noneOf(Qualification.class);
        missing.addAll(need.nonNegotiables());
        missing.removeAll(citizen.qualifications());
        boolean far = !MatchRules.withinReach(workplace, citizen);
        int outright = missing.size() + (far ? 1 : 0);
        if (outright > 1) {
            return Optional.empty();
        }
        Set<Qualification> all = EnumSet.noneOf(Qualification.class);
        all.addAll(citizen.qualifications());
        all.addAll(missing);
        Citizen reachable = relaxed(citizen, all, citizen.accommodations(), citizen.hoursPerWeek(),
                far ? null : citizen.maxTravelKm());
        Optional<Carving> carved = carve(need, workplace, reachable);
        if (carved.isPresent()) {
            Blocker blocker = far ? new Blocker(Kind.DISTANCE, null)
                    : new Blocker(Kind.QUALIFICATION, missing.iterator().next().name());
            return Optional.of(new Gap(need, blocker, carved.get().hoursPerWeek()));
        }
        if (outright == 1) {
            return Optional.empty(); // the hours or an accommodation block as well: two things
        }
        List<Gap> single = new ArrayList<>();
        carve(need, workplace, relaxed(citizen, citizen.qualifications(), citizen.accommodations(),
                need.hoursPerWeek(), citizen.maxTravelKm()))
                .ifPresent(c -> single.add(new Gap(need, new Blocker(Kind.HOURS, null), c.hoursPerWeek())));
        for (Accommodation accommodation : citizen.accommodations()) {
            Set<Accommodation> others = EnumSet.noneOf(Accommodation.class);
            others.addAll(citizen.accommodations());
            others.remove(accommodation);
            carve(need, workplace, relaxed(citizen, citizen.qualifications(), others, citizen.hoursPerWeek(),
                    citizen.maxTravelKm()))
                    .ifPresent(c -> single.add(new Gap(need, new Blocker(Kind.ACCOMMODATION, accommodation.name()),
                            c.hoursPerWeek())));
        }
        // Sorted most hours first; the kind (HOURS before ACCOMMODATION) and then the code break ties.
        return single.stream().min(Comparator.comparingDouble(Gap::taskHours).reversed()
                .thenComparing(g -> g.blocker().kind() == Kind.HOURS ? 0 : 1)
                .thenComparing(g -> g.blocker().code() == null ? "" : g.blocker().code()));
    }

    /** The bundle with the most hours the matcher's rules allow for this pair. */
    private static Optional<Carving> carve(Need need, Place workplace, Citizen citizen) {
        return MatchRules.carve(need, workplace, citizen, Task::hoursPerWeek);
    }

    private static Citizen relaxed(Citizen c, Set<Qualification> qualifications, Set<Accommodation> accommodations,
                                   HourRange hours, Double maxTravelKm) {
        return new Citizen(c.id(), c.externalRef(), c.displayName(), c.targetGroup(), c.competences(), c.experience(),
                c.jobGoals(), qualifications, accommodations, c.accommodationNotes(), hours, c.effectivenessPercent(),
                c.location(), maxTravelKm, c.consent(), c.createdAt(), c.updatedAt(), 0, c.measured());
    }
}
