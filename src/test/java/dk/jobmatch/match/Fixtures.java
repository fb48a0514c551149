package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.CompanySize;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TargetGroup;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** In-memory domain objects for the pure matching tests (no server, no index). */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final Place FREDERIKSHAVN = new Place("9900", "Frederikshavn", 57.441, 10.537);
    static final MatchWeights WEIGHTS = new MatchWeights(0.28, 0.15, 0.22, 0.06, 0.07, 0.07, 0.07, 0.08);

    /** Lower-cased words: enough for unit tests; the service uses the Danish index analysis. */
    static final Function<String, Set<String>> WORDS = text ->
            new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));

    private Fixtures() {
    }

    static Task task(String id, double hours, Set<TaskDemand> demands, Set<TimeSlot> schedule, String... competences) {
        return new Task(id, "Opgave " + id, null, hours, List.of(competences), demands, schedule, 1, 0);
    }

    static Task task(String id, double hours, TaskDemand... demands) {
        return task(id, hours, Set.of(demands), Set.of(), "oprydning");
    }

    static Need need(HourRange hours, Set<Qualification> nonNegotiables, Set<Flexibility> flexibilities, Task... tasks) {
        return new Need("n1", "e1", "Oprydning på byggepladser", null, PlacementType.REKRUTTERING, NeedStatus.OPEN,
                hours, nonNegotiables, flexibilities, List.of(tasks), NOW, NOW);
    }

    static Need need(HourRange hours, Task... tasks) {
        return need(hours, Set.of(), Set.of(), tasks);
    }

    static Citizen citizen(HourRange hours, Set<Accommodation> accommodations, Set<Qualification> qualifications) {
        return new Citizen("c1", "sag-1", "Borger 1", TargetGroup.FLEKSJOB, List.of("oprydning", "lager"),
                "Lager og oprydning", List.of(new JobGoal(JobGoal.Priority.A, "Oprydning")), qualifications,
                accommodations, null, hours, 75, new Place("9900", null, 57.44, 10.53), 20.0, true, NOW, NOW, 0, null);
    }

    static Citizen citizen(HourRange hours, Accommodation... accommodations) {
        return citizen(hours, Set.of(accommodations), Set.of());
    }

    static Employer employer(Place place, CompanySize size) {
        return new Employer("e1", "Tømrer Jensen", "12345678", "Byggeri", size, "Rolig formiddag", place.postcode(),
                place.city(), place.lat(), place.lon(), "Lars", null, null, NOW, null, null, null);
    }
}
