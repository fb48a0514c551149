package dk.jobmatch.agreement;

import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.HourType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For many random plans (drafted, and edited by hand within the guarantees), follow-up histories
 * and days to re-plan on, the re-planned plan keeps every clause guarantee and the re-plan's own
 * promises: steps due by today unchanged, new steps after today and the kept ones, steps no larger
 * than the pace allows, the early step no later than the step it replaces. Each case has its own
 * seed, named when it fails.
 */
class ReplannerPropertyTest {

    private static final int CASES = 5000;

    @Test
    void replannedPlansKeepTheGuarantees() {
        int[] paces = new int[Replanner.Pace.values().length];
        for (long seed = 0; seed < CASES; seed++) {
            Case c = randomCase(new Random(seed));
            Replanner.Plan plan = Replanner.replan(c.content(), c.followUps(), c.today(), c.hoursLeft(), c.need());
            paces[plan.pace().ordinal()]++;
            String context = "seed " + seed + ": " + c + " -> " + plan;
            AgreementContent replanned = c.content().withPlan(plan.goals(), plan.progression());

            List<FieldViolation> violations = new ArrayList<>(ProgressionPlanner.check(replanned.startDate(),
                    replanned.hoursPerWeek(), replanned.effectivenessPercent(), replanned.progression(),
                    c.hoursLeft(), c.need()));
            violations.addAll(HourSplit.check(replanned));
            assertThat(violations).as(context).isEmpty();

            List<AgreementContent.Clause> kept = c.content().progression().stream()
                    .filter(clause -> !clause.dueDate().isAfter(c.today())).toList();
            assertThat(plan.progression().subList(0, kept.size())).as(context).isEqualTo(kept);
            List<AgreementContent.Clause> planned = plan.progression().subList(kept.size(), plan.progression().size());
            assertThat(planned).as(context).isNotEmpty().allSatisfy(clause -> {
                assertThat(clause.dueDate()).as(context).isAfter(c.today());
                assertThat(clause.effectivenessPercent()).as(context).isBetween(1, 100);
                assertThat(HourRange.isHalfHourStep(clause.hoursPerWeek())).as(context).isTrue();
                assertThat(clause.paidHoursPerWeek()).as(context).isNotNull();
            });
            double maxStep = plan.pace() == Replanner.Pace.SMALLER_STEPS ? Replanner.SMALL.maxStepHours()
                    : ProgressionPlanner.MAX_STEP_HOURS;
            for (int i = 1; i < planned.size(); i++) {
                assertThat(planned.get(i).hoursPerWeek() - planned.get(i - 1).hoursPerWeek()).as(context)
                        .isLessThanOrEqualTo(maxStep);
            }
            if (plan.pace() == Replanner.Pace.SOONER) {
                LocalDate replaced = c.content().progression().get(kept.size()).dueDate();
                assertThat(planned.getFirst().dueDate()).as(context).isBeforeOrEqualTo(replaced)
                        .isBeforeOrEqualTo(c.today().isBefore(c.content().startDate())
                                ? c.content().startDate().plusWeeks(Replanner.WEEKS_TO_EARLY_STEP)
                                : c.today().plusWeeks(Replanner.WEEKS_TO_EARLY_STEP));
            }
        }
        assertThat(java.util.Arrays.stream(paces).min().orElseThrow()).as("every pace is exercised: %s",
                java.util.Arrays.toString(paces)).isGreaterThan(CASES / 50);
    }

    record Case(AgreementContent content, List<FollowUp> followUps, LocalDate today, HourRange hoursLeft,
                HourRange need) {
    }

    private static Case randomCase(Random random) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
        double citizenMax = halfHours(random, 2, 37);
        HourRange need = new HourRange(1, halfHours(random, 2, 37));
        double ceiling = Math.min(citizenMax, need.max());
        double startHours = halfHours(random, 0.5, ceiling);
        Integer startEffectiveness = random.nextInt(10) == 0 ? null : 30 + random.nextInt(71);
        List<AgreementContent.AgreementTask> tasks = tasks(random);
        List<AgreementContent.Clause> progression = random.nextBoolean()
                ? ProgressionPlanner.plan(start, startHours, startEffectiveness, new HourRange(0, citizenMax), need)
                : edited(random, start, startHours, startEffectiveness, ceiling);
        AgreementContent content = ReplannerTest.content(start, startHours, startEffectiveness,
                withPaidHours(random, progression), tasks);

        LocalDate today = start.plusDays(random.nextInt(420) - 20);
        List<FollowUp> followUps = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - start.toEpochDay() + 15)) - 10);
            followUps.add(ReplannerTest.followUp(date, followUpHours(random, content, date),
                    random.nextInt(8) == 0 ? null : random.nextInt(101)));
        }
        // The citizen may have taken other work since, but not so much that the approved plan's
        // steps already due are above what they have left (the agreement holds those hours).
        double agreed = content.progression().stream().filter(clause -> !clause.dueDate().isAfter(today))
                .mapToDouble(AgreementContent.Clause::hoursPerWeek).max().orElse(startHours);
        double left = Math.max(Math.max(agreed, startHours), halfHours(random, 0.5, citizenMax));
        return new Case(content, followUps, today, new HourRange(0, left), need);
    }

    /** Mostly near the plan (behind, on it or ahead), sometimes anything from 0 to 40 h. */
    private static double followUpHours(Random random, AgreementContent content, LocalDate date) {
        if (random.nextInt(5) == 0) {
            return random.nextInt(401) / 10.0;
        }
        double planned = content.hoursPerWeek();
        for (AgreementContent.Clause clause : content.progression()) {
            if (!clause.dueDate().isAfter(date)) {
                planned = clause.hoursPerWeek();
            }
        }
        return Math.max(0, planned + (random.nextInt(9) - 5) * 0.5 + (random.nextBoolean() ? 0.3 : 0));
    }

    /** A plan as a consultant might edit it: any dates, hours and effectiveness within the guarantees. */
    private static List<AgreementContent.Clause> edited(Random random, LocalDate start, double startHours,
                                                        Integer startEffectiveness, double ceiling) {
        List<AgreementContent.Clause> clauses = new ArrayList<>();
        LocalDate date = start;
        double hours = startHours;
        int effectiveness = startEffectiveness == null ? 1 + random.nextInt(100) : startEffectiveness;
        for (int i = random.nextInt(7); i > 0; i--) {
            date = date.plusDays(1 + random.nextInt(60));
            hours = Math.min(ceiling, hours + random.nextInt(6) * 0.5);
            effectiveness = Math.min(100, effectiveness + random.nextInt(8));
            clauses.add(new AgreementContent.Clause(date, hours, effectiveness, null, null));
        }
        return clauses;
    }

    /** Paid hours as the consultant may have planned them (never decreasing, at most the hours), or left out. */
    private static List<AgreementContent.Clause> withPaidHours(Random random, List<AgreementContent.Clause> clauses) {
        if (random.nextBoolean()) {
            return clauses;
        }
        List<AgreementContent.Clause> paid = new ArrayList<>();
        double previous = 0;
        for (AgreementContent.Clause clause : clauses) {
            previous = Math.min(clause.hoursPerWeek(), previous + random.nextInt(5) * 0.5);
            paid.add(clause.withPaidHours(previous));
        }
        return paid;
    }

    private static List<AgreementContent.AgreementTask> tasks(Random random) {
        List<AgreementContent.AgreementTask> tasks = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            HourType type = HourType.values()[random.nextInt(HourType.values().length)];
            tasks.add(new AgreementContent.AgreementTask("t" + i, "Opgave " + i, halfHours(random, 1, 12),
                    type.paid(), type));
        }
        return tasks;
    }

    private static double halfHours(Random random, double min, double max) {
        int steps = (int) Math.round((max - min) * 2);
        return min + random.nextInt(steps + 1) * 0.5;
    }
}
