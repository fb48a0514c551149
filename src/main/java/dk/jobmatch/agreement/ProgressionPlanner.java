package dk.jobmatch.agreement;

import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.HourRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans and checks progression clauses (the domain reports: e.g. Thisted, 9 h/week at 75 %
 * growing to 12 h/week at 85 %). Steps come every {@value #WEEKS_PER_STEP} weeks; hours grow by at
 * most {@value #MAX_STEP_HOURS} h a step towards the lower of the citizen's and the need's maximum;
 * effectiveness grows {@value #EFFECTIVENESS_STEP} points a step up to 100. Nothing ever decreases.
 * Paid hours are left out: they follow from the tasks' hour types ({@link HourSplit}).
 */
final class ProgressionPlanner {

    static final int WEEKS_PER_STEP = 6;
    static final double MAX_STEP_HOURS = 2.0;
    static final int EFFECTIVENESS_STEP = 5;
    static final int MAX_EFFECTIVENESS_ONLY_STEPS = 3;

    private ProgressionPlanner() {
    }

    static List<AgreementContent.Clause> plan(LocalDate start, double startHours, Integer effectiveness,
                                              HourRange citizenHours, HourRange needHours) {
        return steps(start.plusWeeks(WEEKS_PER_STEP), startHours, effectiveness == null ? 100 : effectiveness,
                Math.min(citizenHours.max(), needHours.max()), Pace.NORMAL);
    }

    /** How big the steps are: the draft's pace, or smaller when a re-plan follows a course that fell behind. */
    record Pace(double maxStepHours, int effectivenessStep) {
        static final Pace NORMAL = new Pace(MAX_STEP_HOURS, EFFECTIVENESS_STEP);
    }

    /**
     * Steps from {@code fromHours} at {@code fromEffectiveness} towards {@code target} hours, the
     * first due on {@code firstDue} and the rest every {@value #WEEKS_PER_STEP} weeks after it.
     * With nothing left to grow, one step holds the level so the plan still has a date to meet.
     */
    static List<AgreementContent.Clause> steps(LocalDate firstDue, double fromHours, int fromEffectiveness,
                                               double target, Pace pace) {
        int hourSteps = target > fromHours
                ? (int) Math.ceil((target - fromHours) / pace.maxStepHours() - 1e-9) : 0;
        int effectivenessSteps = (int) Math.ceil((100 - fromEffectiveness) / (double) pace.effectivenessStep());
        int steps = hourSteps > 0 ? hourSteps : Math.min(MAX_EFFECTIVENESS_ONLY_STEPS, effectivenessSteps);
        List<AgreementContent.Clause> clauses = new ArrayList<>();
        if (steps == 0) {
            clauses.add(hold(firstDue, fromHours, fromEffectiveness));
            return clauses;
        }
        double previousHours = fromHours;
        for (int i = 1; i <= steps; i++) {
            double hours = halfHours(fromHours + (target - fromHours) * i / steps);
            hours = Math.max(previousHours, Math.min(target, hours));
            int percent = Math.min(100, fromEffectiveness + pace.effectivenessStep() * i);
            clauses.add(new AgreementContent.Clause(firstDue.plusWeeks((long) WEEKS_PER_STEP * (i - 1)), hours,
                    percent, describe(previousHours, hours, percent), null));
            previousHours = hours;
        }
        return clauses;
    }

    /** A step that keeps the level: nothing left to grow, or time to reach what was agreed. */
    static AgreementContent.Clause hold(LocalDate due, double hours, int effectiveness) {
        return new AgreementContent.Clause(due, hours, effectiveness, "Fastholdelse: " + Danish.number(hours)
                + " timer om ugen, " + effectiveness + " % effektivitet. Status og næste skridt aftales.", null);
    }

    /** Whether a plan from this level has anywhere to go. */
    static boolean canGrow(double hours, int effectiveness, double target) {
        return hours < target || effectiveness < 100;
    }

    /** The contract's guarantees for a (possibly edited) plan; empty when it keeps them all. */
    static List<FieldViolation> check(LocalDate start, double startHours, Integer startEffectiveness,
                                      List<AgreementContent.Clause> clauses, HourRange citizenHours, HourRange needHours) {
        List<FieldViolation> errors = new ArrayList<>();
        double ceiling = Math.min(citizenHours.max(), needHours.max());
        if (startHours > ceiling) {
            errors.add(new FieldViolation("hoursPerWeek", "must not exceed " + Danish.number(ceiling)
                    + " (the lower of the citizen's and the need's maximum)"));
        }
        LocalDate previousDate = start;
        double previousHours = startHours;
        Integer previousEffectiveness = startEffectiveness;
        for (int i = 0; i < clauses.size(); i++) {
            AgreementContent.Clause clause = clauses.get(i);
            String field = "progression[" + i + "]";
            if (!clause.dueDate().isAfter(previousDate)) {
                errors.add(new FieldViolation(field + ".dueDate", "must come after the start date and the step before"));
            }
            if (clause.hoursPerWeek() < previousHours) {
                errors.add(new FieldViolation(field + ".hoursPerWeek", "hours must never decrease"));
            }
            if (clause.hoursPerWeek() > ceiling) {
                errors.add(new FieldViolation(field + ".hoursPerWeek", "must not exceed " + Danish.number(ceiling)
                        + " (the lower of the citizen's and the need's maximum)"));
            }
            if (previousEffectiveness != null && clause.effectivenessPercent() < previousEffectiveness) {
                errors.add(new FieldViolation(field + ".effectivenessPercent", "effectiveness must never decrease"));
            }
            previousDate = clause.dueDate();
            previousHours = Math.max(previousHours, clause.hoursPerWeek());
            previousEffectiveness = previousEffectiveness == null ? Integer.valueOf(clause.effectivenessPercent())
                    : Integer.valueOf(Math.max(previousEffectiveness, clause.effectivenessPercent()));
        }
        return errors;
    }

    private static double halfHours(double hours) {
        return Math.round(hours * 2) / 2.0;
    }

    private static String describe(double fromHours, double toHours, int percent) {
        String hours = toHours > fromHours
                ? "Timetallet øges fra " + Danish.number(fromHours) + " til " + Danish.number(toHours) + " timer om ugen"
                : "Timetallet fastholdes på " + Danish.number(toHours) + " timer om ugen";
        return hours + ", og effektiviteten forventes at være " + percent + " %.";
    }
}
