package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.HourRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plans the steps after today again from what the latest follow-up measured (POST /replan).
 *
 * <p>Steps due on or before today stay as they are: the parties approved them and progress was
 * judged against them. The new steps start from the measured level, but never below what the kept
 * steps (or the start) already agreed, because hours and effectiveness never decrease (a reduction
 * is an HOURS_REDUCED event, not a plan). A citizen measured below that level therefore first gets
 * a step that holds it, time to reach what was agreed, and the growth comes after.
 *
 * <p>The pace follows the course. When the two latest judged steps were both BEHIND, the steps
 * become smaller ({@link #SMALL}: half the hours and fewer effectiveness points a step, so more
 * steps to the same maximum). When the latest follow-up already meets the next step before its
 * date, that step comes sooner: {@value #WEEKS_TO_EARLY_STEP} weeks from today (or on its own date,
 * if that is nearer), at the level measured, and the plan grows on from there. Otherwise the
 * draft's pace from the measured level. Met early wins over behind twice: the latest follow-up is
 * newer than the judgements.
 */
final class Replanner {

    /** What shaped the new plan. */
    enum Pace { FROM_MEASURED, SMALLER_STEPS, SOONER }

    static final ProgressionPlanner.Pace SMALL = new ProgressionPlanner.Pace(ProgressionPlanner.MAX_STEP_HOURS / 2,
            ProgressionPlanner.EFFECTIVENESS_STEP / 2);
    static final int WEEKS_TO_EARLY_STEP = 2;

    /** The drafter's final goal ({@link AgreementDrafter#finalGoal}), to reword it for the new last step. */
    private static final Pattern FINAL_GOAL =
            Pattern.compile("Arbejder [0-9]+(,[0-9]+)? timer om ugen med [0-9]+ % effektivitet\\.");

    record Plan(Pace pace, List<AgreementContent.Clause> progression, List<AgreementContent.Goal> goals) {
    }

    private Replanner() {
    }

    /**
     * The re-planned progression (kept steps first) and goals of {@code content}; the ceiling is the
     * lower of the hours the citizen has left beside other agreements and the need's maximum.
     */
    static Plan replan(AgreementContent content, List<FollowUp> followUps, LocalDate today,
                       HourRange citizenHoursLeft, HourRange needHours) {
        FollowUp latest = followUps.stream()
                .max(Comparator.comparing(FollowUp::date).thenComparing(FollowUp::createdAt))
                .orElseThrow(() -> new IllegalArgumentException("a re-plan starts from a follow-up"));
        List<AgreementContent.Clause> kept = content.progression().stream()
                .filter(c -> !c.dueDate().isAfter(today)).toList();
        Optional<AgreementContent.Clause> next = content.progression().stream()
                .filter(c -> c.dueDate().isAfter(today)).findFirst();
        Pace pace = next.filter(step -> metEarly(step, latest)).isPresent() ? Pace.SOONER
                : behindTwice(content, followUps, today) ? Pace.SMALLER_STEPS : Pace.FROM_MEASURED;

        // What is agreed already: the start and every kept step.
        double agreedHours = content.hoursPerWeek();
        Integer agreedEffectiveness = content.effectivenessPercent();
        LocalDate after = today.isBefore(content.startDate()) ? content.startDate() : today;
        for (AgreementContent.Clause clause : kept) {
            agreedHours = Math.max(agreedHours, clause.hoursPerWeek());
            agreedEffectiveness = agreedEffectiveness == null ? clause.effectivenessPercent()
                    : Math.max(agreedEffectiveness, clause.effectivenessPercent());
            after = clause.dueDate().isAfter(after) ? clause.dueDate() : after;
        }
        double ceiling = Math.min(citizenHoursLeft.max(), needHours.max());
        // Measured hours in whole half hours, rounded down: plans are in half-hour steps.
        double measuredHours = Math.floor(latest.actualHoursPerWeek() * 2) / 2;
        // A step says at least 1 % (the contract's minimum), even after a follow-up that measured 0.
        int measuredEffectiveness = latest.effectivenessPercent() != null
                ? Math.clamp(latest.effectivenessPercent(), 1, 100)
                : agreedEffectiveness != null ? agreedEffectiveness : 100;
        boolean belowAgreed = measuredHours < agreedHours
                || agreedEffectiveness != null && measuredEffectiveness < agreedEffectiveness;
        double hours = Math.max(agreedHours, Math.min(measuredHours, ceiling));
        int effectiveness = agreedEffectiveness == null ? measuredEffectiveness
                : Math.max(agreedEffectiveness, measuredEffectiveness);

        List<AgreementContent.Clause> planned = new ArrayList<>();
        LocalDate growFrom = after.plusWeeks(ProgressionPlanner.WEEKS_PER_STEP);
        if (pace == Pace.SOONER) {
            // Sooner, so never later than the step met early was due.
            LocalDate twoWeeks = after.plusWeeks(WEEKS_TO_EARLY_STEP);
            LocalDate soon = twoWeeks.isBefore(next.get().dueDate()) ? twoWeeks : next.get().dueDate();
            planned.add(new AgreementContent.Clause(soon, hours, effectiveness, "Trinnet er nået før tid: "
                    + Danish.number(hours) + " timer om ugen med " + effectiveness + " % effektivitet gælder fra nu.",
                    null));
            growFrom = soon.plusWeeks(ProgressionPlanner.WEEKS_PER_STEP);
        } else if (belowAgreed) {
            planned.add(ProgressionPlanner.hold(growFrom, hours, effectiveness));
            growFrom = growFrom.plusWeeks(ProgressionPlanner.WEEKS_PER_STEP);
        }
        if (planned.isEmpty() || ProgressionPlanner.canGrow(hours, effectiveness, ceiling)) {
            planned.addAll(ProgressionPlanner.steps(growFrom, hours, effectiveness, ceiling,
                    pace == Pace.SMALLER_STEPS ? SMALL : ProgressionPlanner.Pace.NORMAL));
        }

        List<AgreementContent.Clause> progression = new ArrayList<>(kept);
        progression.addAll(withPaidHours(planned, kept, content.tasks()));
        return new Plan(pace, List.copyOf(progression), goals(content.goals(), progression.getLast()));
    }

    /**
     * Two judged steps in a row BEHIND: judged as the progress report judges (a step due on or
     * before today with a follow-up on or after its date), the two latest of them.
     */
    static boolean behindTwice(AgreementContent content, List<FollowUp> followUps, LocalDate today) {
        List<ProgressReport.State> judged = ProgressReport.of(content, followUps, today).clauses().stream()
                .map(ProgressReport.ClauseProgress::state)
                .filter(s -> s == ProgressReport.State.MET || s == ProgressReport.State.BEHIND)
                .toList();
        return judged.size() >= 2 && judged.subList(judged.size() - 2, judged.size()).stream()
                .allMatch(s -> s == ProgressReport.State.BEHIND);
    }

    /** The latest follow-up, before the step's date, already shows its hours and effectiveness. */
    static boolean metEarly(AgreementContent.Clause step, FollowUp latest) {
        return latest.date().isBefore(step.dueDate())
                && latest.actualHoursPerWeek() >= step.hoursPerWeek()
                && (latest.effectivenessPercent() == null || latest.effectivenessPercent() >= step.effectivenessPercent());
    }

    /**
     * Paid hours of the new steps as a draft would have them (from the tasks' hour types), but never
     * fewer than the kept steps already pay: hours moved from praktik to pay stay moved.
     */
    private static List<AgreementContent.Clause> withPaidHours(List<AgreementContent.Clause> planned,
                                                               List<AgreementContent.Clause> kept,
                                                               List<AgreementContent.AgreementTask> tasks) {
        double paid = kept.stream().map(AgreementContent.Clause::paidHoursPerWeek)
                .mapToDouble(p -> p == null ? 0 : p).max().orElse(0);
        List<AgreementContent.Clause> result = new ArrayList<>();
        for (AgreementContent.Clause clause : HourSplit.withPaidHours(planned, tasks)) {
            if (clause.paidHoursPerWeek() == null) {
                result.add(clause); // a task without an hour type: the edit's check will say so
                continue;
            }
            paid = Math.min(clause.hoursPerWeek(), Math.max(paid, clause.paidHoursPerWeek()));
            result.add(clause.withPaidHours(paid));
        }
        return result;
    }

    /** The final goal, if the drafter's wording is still there, says the new last step and its date. */
    private static List<AgreementContent.Goal> goals(List<AgreementContent.Goal> goals, AgreementContent.Clause last) {
        return goals.stream().map(g -> FINAL_GOAL.matcher(g.text()).matches()
                ? new AgreementContent.Goal(AgreementDrafter.finalGoal(last), last.dueDate()) : g).toList();
    }
}
