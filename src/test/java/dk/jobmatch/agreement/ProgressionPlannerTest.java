package dk.jobmatch.agreement;

import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.vocabulary.HourRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressionPlannerTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void thistedCaseGrowsFromNineHoursAt75PercentToTwelveAt85() {
        List<AgreementContent.Clause> plan = ProgressionPlanner.plan(START, 9, 75, new HourRange(6, 12), new HourRange(5, 15));

        assertThat(plan).extracting(AgreementContent.Clause::hoursPerWeek).containsExactly(10.5, 12.0);
        assertThat(plan).extracting(AgreementContent.Clause::effectivenessPercent).containsExactly(80, 85);
        assertThat(plan).extracting(AgreementContent.Clause::dueDate)
                .containsExactly(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 23));
        assertThat(plan.getFirst().description()).isEqualTo(
                "Timetallet øges fra 9 til 10,5 timer om ugen, og effektiviteten forventes at være 80 %.");
        assertThat(ProgressionPlanner.check(START, 9, 75, plan, new HourRange(6, 12), new HourRange(5, 15))).isEmpty();
    }

    @Test
    void neverAboveTheLowerMaximumAndStepsOfAtMostTwoHours() {
        List<AgreementContent.Clause> plan = ProgressionPlanner.plan(START, 4, 60, new HourRange(4, 20), new HourRange(2, 11));

        assertThat(plan).extracting(AgreementContent.Clause::hoursPerWeek).containsExactly(6.0, 7.5, 9.5, 11.0);
        assertThat(plan.getLast().effectivenessPercent()).isEqualTo(80);
        double previous = 4;
        for (AgreementContent.Clause clause : plan) {
            assertThat(clause.hoursPerWeek() - previous).isBetween(0.0, ProgressionPlanner.MAX_STEP_HOURS);
            previous = clause.hoursPerWeek();
        }
    }

    @Test
    void atTheMaximumOnlyEffectivenessGrows() {
        List<AgreementContent.Clause> plan = ProgressionPlanner.plan(START, 10, 80, new HourRange(6, 10), new HourRange(5, 15));

        assertThat(plan).extracting(AgreementContent.Clause::hoursPerWeek).containsOnly(10.0);
        assertThat(plan).extracting(AgreementContent.Clause::effectivenessPercent).containsExactly(85, 90, 95);
    }

    @Test
    void nothingLeftToGrowGivesOneHoldingStep() {
        List<AgreementContent.Clause> plan = ProgressionPlanner.plan(START, 10, null, new HourRange(6, 10), new HourRange(5, 15));

        assertThat(plan).hasSize(1);
        assertThat(plan.getFirst().description()).startsWith("Fastholdelse");
        assertThat(plan.getFirst().dueDate()).isAfter(START);
    }

    @Test
    void editsThatBreakTheGuaranteesAreReported() {
        List<AgreementContent.Clause> edited = List.of(
                new AgreementContent.Clause(START.minusDays(1), 10, 80, null, null),
                new AgreementContent.Clause(START.plusWeeks(4), 8, 75, null, null),
                new AgreementContent.Clause(START.plusWeeks(4), 14, 90, null, null));

        List<FieldViolation> errors = ProgressionPlanner.check(START, 9, 75, edited, new HourRange(6, 12), new HourRange(5, 15));

        assertThat(errors).extracting(FieldViolation::field).containsExactlyInAnyOrder(
                "progression[0].dueDate", "progression[1].hoursPerWeek", "progression[1].effectivenessPercent",
                "progression[2].dueDate", "progression[2].hoursPerWeek");
    }
}
