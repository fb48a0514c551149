package dk.jobmatch.match;

import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static dk.jobmatch.match.Fixtures.FREDERIKSHAVN;
import static dk.jobmatch.match.Fixtures.citizen;
import static dk.jobmatch.match.Fixtures.need;
import static dk.jobmatch.match.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

class TaskCarverTest {

    private static Optional<Carving> carve(Need need, dk.jobmatch.citizen.Citizen citizen) {
        return MatchRules.carve(need, FREDERIKSHAVN, citizen, t -> t.hoursPerWeek());
    }

    @Test
    void heavyLiftingTaskIsLeftOutAndTheRestFitsTheCitizensHours() {
        Need need = need(new HourRange(5, 15), task("a", 6), task("b", 4, TaskDemand.HEAVY_LIFTING), task("c", 3));

        Carving carving = carve(need, citizen(new HourRange(6, 10), Accommodation.NO_HEAVY_LIFTING)).orElseThrow();

        assertThat(carving.taskIds()).containsExactly("a", "c");
        assertThat(carving.hoursPerWeek()).isEqualTo(9);
    }

    @Test
    void liftingAidsLiftTheConflictSoTheBestBundleUsesAllTenHours() {
        Need need = need(new HourRange(5, 15), Set.of(), Set.of(Flexibility.LIFTING_AIDS),
                task("a", 6), task("b", 4, TaskDemand.HEAVY_LIFTING), task("c", 3));

        Carving carving = carve(need, citizen(new HourRange(6, 10), Accommodation.NO_HEAVY_LIFTING)).orElseThrow();

        assertThat(carving.taskIds()).containsExactly("a", "b");
        assertThat(carving.hoursPerWeek()).isEqualTo(10);
    }

    @Test
    void aLowHoursCitizenGetsASmallCarvedRole() {
        Need need = need(new HourRange(2, 15), task("a", 6), task("b", 2.5), task("c", 3));

        Carving carving = carve(need, citizen(new HourRange(2, 3))).orElseThrow();

        assertThat(carving.taskIds()).containsExactly("c");
        assertThat(carving.hoursPerWeek()).isEqualTo(3);
    }

    @Test
    void noMatchWhenNoBundleLandsInsideBothRanges() {
        Need need = need(new HourRange(5, 15), task("a", 6), task("b", 8));
        assertThat(carve(need, citizen(new HourRange(2, 4)))).isEmpty();

        Need evening = need(new HourRange(5, 15), Set.of(), Set.of(),
                Fixtures.task("a", 6, Set.of(), Set.of(TimeSlot.EVENING), "rengøring"));
        assertThat(carve(evening, citizen(new HourRange(4, 10), Accommodation.NO_EVENING_NIGHT))).isEmpty();
    }

    @Test
    void theNeedsMinimumCountsToo() {
        // The citizen could do 4 hours, but the employer needs at least 8.
        Need need = need(new HourRange(8, 15), task("a", 4), task("b", 4, TaskDemand.DRIVING), task("c", 2));
        assertThat(carve(need, citizen(new HourRange(2, 9), Accommodation.NO_DRIVING))).isEmpty();
    }

    @Test
    void preferredTasksWinOverEqualHours() {
        Need need = need(new HourRange(1, 15), task("dull", 4), task("fitting", 4));

        Carving carving = MatchRules.carve(need, FREDERIKSHAVN, citizen(new HourRange(4, 4)),
                t -> t.id().equals("fitting") ? 5 : 1).orElseThrow();

        assertThat(carving.taskIds()).containsExactly("fitting");
    }

    @Test
    void missingQualificationMeansNoMatchWhateverTheTasks() {
        Need need = need(new HourRange(5, 15), Set.of(Qualification.DRIVING_LICENCE_B), Set.of(), task("a", 6));
        assertThat(carve(need, citizen(new HourRange(6, 10)))).isEmpty();
        assertThat(carve(need, citizen(new HourRange(6, 10), Set.of(), Set.of(Qualification.DRIVING_LICENCE_B))))
                .isPresent();
    }
}
