package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TaskDemand;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static dk.jobmatch.match.Fixtures.FREDERIKSHAVN;
import static dk.jobmatch.match.Fixtures.citizen;
import static dk.jobmatch.match.Fixtures.need;
import static dk.jobmatch.match.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One blocker of each kind is found with what it would open; two blockers at once never are. The
 * citizen lives by Frederikshavn, travels 20 km and works 6-10 hours unless said otherwise.
 */
class GapsTest {

    static final Place AALBORG = new Place("9000", "Aalborg", 57.048, 9.919); // about 55 km away
    static final HourRange SIX_TO_TEN = new HourRange(6, 10);

    @Test
    void aMatchAlreadyHasNoGap() {
        assertThat(Gaps.of(need(new HourRange(5, 15), task("t1", 8)), FREDERIKSHAVN, citizen(SIX_TO_TEN))).isEmpty();
    }

    @Test
    void oneMissingQualificationIsAGapAndTwoAreNot() {
        Need licence = need(new HourRange(5, 15), Set.of(Qualification.DRIVING_LICENCE_B), Set.of(),
                task("t1", 8), task("t2", 1.5));
        assertGap(Gaps.of(licence, FREDERIKSHAVN, citizen(SIX_TO_TEN)), Gaps.Kind.QUALIFICATION, "DRIVING_LICENCE_B",
                9.5);
        Need two = need(new HourRange(5, 15), Set.of(Qualification.DRIVING_LICENCE_B,
                Qualification.FORKLIFT_CERTIFICATE), Set.of(), task("t1", 8));
        assertThat(Gaps.of(two, FREDERIKSHAVN, citizen(SIX_TO_TEN))).isEmpty();
        assertThat(Gaps.of(two, FREDERIKSHAVN, citizen(SIX_TO_TEN, Set.of(), Set.of(Qualification.DRIVING_LICENCE_B))))
                .hasValueSatisfying(g -> assertThat(g.blocker().code()).isEqualTo("FORKLIFT_CERTIFICATE"));
    }

    @Test
    void aWorkplaceBeyondTheTravelDistanceIsAGapUnlessSomethingElseBlocksToo() {
        Need need = need(new HourRange(5, 15), task("t1", 8));
        assertGap(Gaps.of(need, AALBORG, citizen(SIX_TO_TEN)), Gaps.Kind.DISTANCE, null, 8);
        Need licence = need(new HourRange(5, 15), Set.of(Qualification.DRIVING_LICENCE_B), Set.of(), task("t1", 8));
        assertThat(Gaps.of(licence, AALBORG, citizen(SIX_TO_TEN))).isEmpty();
        assertThat(Gaps.of(need(new HourRange(15, 20), task("t1", 16)), AALBORG, citizen(SIX_TO_TEN))).isEmpty();
    }

    @Test
    void anAccommodationThatRulesOutTheTasksIsAGapUnlessAFlexibilityLiftsItOrSomethingElseBlocks() {
        Need lifting = need(new HourRange(5, 15), task("t1", 8, TaskDemand.HEAVY_LIFTING));
        Citizen back = citizen(SIX_TO_TEN, Accommodation.NO_HEAVY_LIFTING, Accommodation.QUIET_ENVIRONMENT);
        assertGap(Gaps.of(lifting, FREDERIKSHAVN, back), Gaps.Kind.ACCOMMODATION, "NO_HEAVY_LIFTING", 8);
        Need aided = need(new HourRange(5, 15), Set.of(), Set.of(Flexibility.LIFTING_AIDS),
                task("t1", 8, TaskDemand.HEAVY_LIFTING));
        assertThat(Gaps.of(aided, FREDERIKSHAVN, back)).as("a match").isEmpty();
        // Two accommodations rule out the one task: two things.
        Need standing = need(new HourRange(5, 15), task("t1", 8, TaskDemand.HEAVY_LIFTING,
                TaskDemand.PROLONGED_STANDING));
        assertThat(Gaps.of(standing, FREDERIKSHAVN, citizen(SIX_TO_TEN, Accommodation.NO_HEAVY_LIFTING,
                Accommodation.LIMITED_STANDING))).isEmpty();
        Need licence = need(new HourRange(5, 15), Set.of(Qualification.DRIVING_LICENCE_B), Set.of(),
                task("t1", 8, TaskDemand.HEAVY_LIFTING));
        assertThat(Gaps.of(licence, FREDERIKSHAVN, back)).isEmpty();
        assertThat(Gaps.of(lifting, AALBORG, back)).isEmpty();
    }

    @Test
    void hoursThatFitNeitherTheRangeNorTheTasksAreAGapUnlessSomethingElseBlocks() {
        assertGap(Gaps.of(need(new HourRange(15, 20), task("t1", 16)), FREDERIKSHAVN, citizen(SIX_TO_TEN)),
                Gaps.Kind.HOURS, null, 16);
        // The ranges overlap but the only task is longer than the citizen's hours.
        assertGap(Gaps.of(need(new HourRange(5, 15), task("t1", 14)), FREDERIKSHAVN, citizen(SIX_TO_TEN)),
                Gaps.Kind.HOURS, null, 14);
        Need licence = need(new HourRange(15, 20), Set.of(Qualification.DRIVING_LICENCE_B), Set.of(),
                task("t1", 16));
        assertThat(Gaps.of(licence, FREDERIKSHAVN, citizen(SIX_TO_TEN))).isEmpty();
        // Too long and ruled out: neither the hours nor the accommodation alone opens it.
        Need both = need(new HourRange(5, 20), task("t1", 16, TaskDemand.HEAVY_LIFTING));
        assertThat(Gaps.of(both, FREDERIKSHAVN, citizen(SIX_TO_TEN, Accommodation.NO_HEAVY_LIFTING))).isEmpty();
    }

    @Test
    void whenTheHoursOrAnAccommodationCouldEachOpenTheNeedTheOneOpeningMoreHoursIsNamed() {
        Need need = need(new HourRange(5, 20), task("t1", 8, TaskDemand.HEAVY_LIFTING), task("t2", 14));
        assertGap(Gaps.of(need, FREDERIKSHAVN, citizen(SIX_TO_TEN, Accommodation.NO_HEAVY_LIFTING)), Gaps.Kind.HOURS,
                null, 14);
    }

    @Test
    void noConsentNoGaps() {
        Citizen c = citizen(SIX_TO_TEN);
        Citizen withdrawn = new Citizen(c.id(), c.externalRef(), c.displayName(), c.targetGroup(), c.competences(),
                c.experience(), c.jobGoals(), c.qualifications(), c.accommodations(), null, c.hoursPerWeek(),
                c.effectivenessPercent(), c.location(), c.maxTravelKm(), false, c.createdAt(), c.updatedAt(), 0, null);
        assertThat(Gaps.of(need(new HourRange(15, 20), task("t1", 16)), FREDERIKSHAVN, withdrawn)).isEmpty();
    }

    private static void assertGap(Optional<Gaps.Gap> gap, Gaps.Kind kind, String code, double taskHours) {
        assertThat(gap).isPresent();
        assertThat(gap.get().blocker()).isEqualTo(new Gaps.Blocker(kind, code));
        assertThat(gap.get().taskHours()).isEqualTo(taskHours);
    }
}
