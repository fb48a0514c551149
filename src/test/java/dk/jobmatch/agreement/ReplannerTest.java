package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.HourType;
import dk.jobmatch.vocabulary.PlacementType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-planning a course of 6 h/week at 75 % planned towards 15 h/week: 8 h at 80 % on 12 January,
 * 9,5 at 85 % on 23 February, then 11,5, 13 and 15 every six weeks.
 */
class ReplannerTest {

    static final LocalDate START = LocalDate.of(2026, 12, 1);
    static final HourRange CITIZEN = new HourRange(6, 20);
    static final HourRange NEED = new HourRange(5, 15);

    @Test
    void theDraftPlanTheseTestsStartFrom() {
        assertThat(plan()).extracting(AgreementContent.Clause::hoursPerWeek).containsExactly(8.0, 9.5, 11.5, 13.0, 15.0);
        assertThat(plan()).extracting(AgreementContent.Clause::dueDate).startsWith(
                LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 23));
    }

    @Test
    void behindTwiceHoldsTheAgreedLevelThenGrowsInSmallerSteps() {
        AgreementContent content = content(plan());
        List<FollowUp> followUps = List.of(followUp("2027-01-13", 7, 78), followUp("2027-02-24", 8, 80));
        LocalDate today = LocalDate.of(2027, 2, 24);

        Replanner.Plan replan = Replanner.replan(content, followUps, today, CITIZEN, NEED);

        assertThat(replan.pace()).isEqualTo(Replanner.Pace.SMALLER_STEPS);
        assertThat(replan.progression().subList(0, 2)).as("steps due by today are kept as they were")
                .isEqualTo(content.progression().subList(0, 2));
        List<AgreementContent.Clause> planned = replan.progression().subList(2, replan.progression().size());
        assertThat(planned.getFirst()).as("measured 8 h is below the 9,5 h agreed: the plan holds there first")
                .extracting(AgreementContent.Clause::dueDate, AgreementContent.Clause::hoursPerWeek,
                        AgreementContent.Clause::effectivenessPercent)
                .containsExactly(LocalDate.of(2027, 4, 7), 9.5, 85);
        assertThat(planned.getFirst().description()).startsWith("Fastholdelse: 9,5 timer om ugen");
        assertThat(planned).extracting(AgreementContent.Clause::hoursPerWeek)
                .containsExactly(9.5, 10.5, 11.5, 12.5, 13.0, 14.0, 15.0);
        assertThat(planned).extracting(AgreementContent.Clause::effectivenessPercent)
                .containsExactly(85, 87, 89, 91, 93, 95, 97);
        assertThat(planned.get(1).dueDate()).isEqualTo(LocalDate.of(2027, 5, 19));
        assertThat(check(content, replan)).isEmpty();
    }

    @Test
    void metEarlyBringsTheNextStepForwardAtTheMeasuredLevel() {
        AgreementContent content = content(plan());
        List<FollowUp> followUps = List.of(followUp("2027-01-13", 8, 80), followUp("2027-02-01", 10, 85));
        LocalDate today = LocalDate.of(2027, 2, 1);

        Replanner.Plan replan = Replanner.replan(content, followUps, today, CITIZEN, NEED);

        assertThat(replan.pace()).isEqualTo(Replanner.Pace.SOONER);
        assertThat(replan.progression().getFirst()).isEqualTo(content.progression().getFirst());
        List<AgreementContent.Clause> planned = replan.progression().subList(1, replan.progression().size());
        assertThat(planned.getFirst().dueDate()).as("two weeks from today, not 23 February")
                .isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(planned).extracting(AgreementContent.Clause::hoursPerWeek).containsExactly(10.0, 11.5, 13.5, 15.0);
        assertThat(planned).extracting(AgreementContent.Clause::effectivenessPercent).containsExactly(85, 90, 95, 100);
        assertThat(planned.get(1).dueDate()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(check(content, replan)).isEmpty();
    }

    @Test
    void metJustBeforeItsDateTheStepStaysOnItsDate() {
        AgreementContent content = content(plan());
        List<FollowUp> followUps = List.of(followUp("2027-02-20", 10, 85));

        Replanner.Plan replan = Replanner.replan(content, followUps, LocalDate.of(2027, 2, 20), CITIZEN, NEED);

        assertThat(replan.pace()).isEqualTo(Replanner.Pace.SOONER);
        assertThat(replan.progression().get(1).dueDate()).isEqualTo(LocalDate.of(2027, 2, 23));
    }

    @Test
    void otherwiseThePlanGrowsFromTheMeasuredLevelAtTheNormalPace() {
        AgreementContent content = content(plan());
        List<FollowUp> followUps = List.of(followUp("2027-01-13", 9.3, 82));
        LocalDate today = LocalDate.of(2027, 1, 20);

        Replanner.Plan replan = Replanner.replan(content, followUps, today, CITIZEN, NEED);

        assertThat(replan.pace()).isEqualTo(Replanner.Pace.FROM_MEASURED);
        List<AgreementContent.Clause> planned = replan.progression().subList(1, replan.progression().size());
        assertThat(planned).as("from 9 h (9,3 measured, in whole half hours) to 15 in steps of at most 2 h")
                .extracting(AgreementContent.Clause::hoursPerWeek).containsExactly(11.0, 13.0, 15.0);
        assertThat(planned).extracting(AgreementContent.Clause::effectivenessPercent).containsExactly(87, 92, 97);
        assertThat(planned.getFirst().dueDate()).isEqualTo(today.plusWeeks(6));
        assertThat(planned.getFirst().description()).isEqualTo(
                "Timetallet øges fra 9 til 11 timer om ugen, og effektiviteten forventes at være 87 %.");
    }

    @Test
    void behindOnceOrBehindThenMetIsNotBehindTwice() {
        AgreementContent content = content(plan());
        LocalDate today = LocalDate.of(2027, 3, 1);

        assertThat(Replanner.behindTwice(content, List.of(followUp("2027-02-24", 8, 80)), today))
                .as("one follow-up judges both steps due before it: BEHIND on 8 h at 80 % only for the second")
                .isFalse();
        assertThat(Replanner.behindTwice(content, List.of(followUp("2027-01-13", 7, 80),
                followUp("2027-02-24", 9.5, 85)), today)).isFalse();
        assertThat(Replanner.behindTwice(content, List.of(followUp("2027-01-13", 7, 80),
                followUp("2027-02-24", 9, 85)), today)).isTrue();
        assertThat(Replanner.behindTwice(content, List.of(followUp("2027-01-13", 7, 80)), today))
                .as("the second step has no follow-up on or after its date yet: not judged").isFalse();
    }

    @Test
    void atTheMaximumOnlyEffectivenessGrowsAndAtTheTopOneStepHolds() {
        AgreementContent content = content(plan());
        List<FollowUp> followUps = List.of(followUp("2027-01-13", 15, 90));

        Replanner.Plan plan = Replanner.replan(content, followUps, LocalDate.of(2027, 1, 13), CITIZEN, NEED);
        assertThat(plan.progression().subList(1, plan.progression().size()))
                .extracting(AgreementContent.Clause::hoursPerWeek, AgreementContent.Clause::effectivenessPercent)
                .first().isEqualTo(org.assertj.core.groups.Tuple.tuple(15.0, 90));
        assertThat(plan.progression().getLast().effectivenessPercent()).isEqualTo(100);

        Replanner.Plan top = Replanner.replan(content, List.of(followUp("2027-01-13", 16, 100)),
                LocalDate.of(2027, 1, 20), CITIZEN, NEED);
        assertThat(top.progression()).hasSize(2);
        assertThat(top.progression().getLast()).extracting(AgreementContent.Clause::hoursPerWeek,
                AgreementContent.Clause::effectivenessPercent).containsExactly(15.0, 100);
        assertThat(check(content, top)).isEmpty();
    }

    @Test
    void theCitizensHoursLeftCapTheNewPlan() {
        AgreementContent content = content(plan());
        HourRange fewerLeft = new HourRange(0, 11);

        Replanner.Plan plan = Replanner.replan(content, List.of(followUp("2027-01-13", 8, 80)),
                LocalDate.of(2027, 1, 13), fewerLeft, NEED);

        assertThat(plan.progression().getLast().hoursPerWeek()).isEqualTo(11.0);
        assertThat(ProgressionPlanner.check(START, 6, 75, plan.progression(), fewerLeft, NEED)).isEmpty();
    }

    @Test
    void paidHoursMovedFromPraktikStayMoved() {
        List<AgreementContent.Clause> clauses = new ArrayList<>(plan());
        clauses.set(0, clauses.getFirst().withPaidHours(3));
        clauses.set(1, clauses.get(1).withPaidHours(4));
        AgreementContent content = content(clauses);

        Replanner.Plan plan = Replanner.replan(content, List.of(followUp("2027-02-24", 10, 85)),
                LocalDate.of(2027, 2, 24), CITIZEN, NEED);

        assertThat(plan.progression()).extracting(AgreementContent.Clause::paidHoursPerWeek)
                .as("the task is praktik, so a draft would pay nothing; 4 paid hours were agreed")
                .containsOnly(3.0, 4.0).endsWith(4.0);
        assertThat(HourSplit.check(content.withPlan(plan.goals(), plan.progression()))).isEmpty();
    }

    @Test
    void theFinalGoalSaysTheNewLastStepAndOtherGoalsStay() {
        AgreementContent content = content(plan());

        Replanner.Plan plan = Replanner.replan(content, List.of(followUp("2027-01-13", 7, 78),
                followUp("2027-02-24", 8, 80)), LocalDate.of(2027, 2, 24), CITIZEN, NEED);

        AgreementContent.Clause last = plan.progression().getLast();
        assertThat(plan.goals()).containsExactly(content.goals().getFirst(),
                new AgreementContent.Goal("Arbejder 15 timer om ugen med 97 % effektivitet.", last.dueDate()));
    }

    static List<AgreementContent.Clause> plan() {
        return ProgressionPlanner.plan(START, 6, 75, CITIZEN, NEED);
    }

    static AgreementContent content(List<AgreementContent.Clause> progression) {
        return content(START, 6, 75, progression, List.of(new AgreementContent.AgreementTask("t1", "Oprydning", 6.0,
                false, HourType.PRAKTIK)));
    }

    static AgreementContent content(LocalDate start, double hours, Integer effectiveness,
                                    List<AgreementContent.Clause> progression,
                                    List<AgreementContent.AgreementTask> tasks) {
        AgreementContent.PartyInfo nobody = new AgreementContent.PartyInfo(null, null, null, null);
        List<AgreementContent.Goal> goals = List.of(
                new AgreementContent.Goal("Kan udføre opgaven \"Oprydning\" selvstændigt.", start.plusWeeks(6)),
                new AgreementContent.Goal(progression.isEmpty() ? "Fastholdelse."
                        : AgreementDrafter.finalGoal(progression.getLast()),
                        progression.isEmpty() ? null : progression.getLast().dueDate()));
        return new AgreementContent(PlacementType.TRAENING, null, start, hours, effectiveness, null, tasks, Set.of(),
                List.of(), goals, progression, new AgreementContent.FollowUpPlan(14, start.plusDays(14), List.of()),
                nobody, nobody, nobody, nobody);
    }

    static FollowUp followUp(String date, double hours, Integer effectiveness) {
        return followUp(LocalDate.parse(date), hours, effectiveness);
    }

    /** The one place these tests build a follow-up, so a new field on it is one edit here. */
    static FollowUp followUp(LocalDate date, double hours, Integer effectiveness) {
        return new FollowUp("f-" + date + "-" + hours, date, hours, effectiveness, null, null, null, java.util.Map.of(),
                false, null, null, "konsulent", Instant.parse("2027-01-01T00:00:00Z"));
    }

    private static List<dk.jobmatch.common.FieldViolation> check(AgreementContent content, Replanner.Plan plan) {
        return ProgressionPlanner.check(content.startDate(), content.hoursPerWeek(), content.effectivenessPercent(),
                plan.progression(), CITIZEN, NEED);
    }
}
