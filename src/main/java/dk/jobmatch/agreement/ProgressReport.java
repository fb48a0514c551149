package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plan versus actual. A clause is judged by the first follow-up of the course on or after its due
 * date (the first time anyone could see whether the step was reached); it is BEHIND when the hours
 * or the effectiveness fall short. Aftercare follow-ups (after hiring) judge no clause: the plan
 * ended with the course. A follow-up is due when none was recorded within the cadence; after hiring,
 * when an aftercare date has come without one (the next date is then the plan's). Beside the
 * clauses: the workplace visits ({@link Visits}), the measures ({@link Measures}) and, once the
 * course ended in a job, the aftercare ({@link Aftercare}).
 */
final class ProgressReport {

    enum State { UPCOMING, NO_FOLLOW_UP, MET, BEHIND }

    record ClauseProgress(AgreementContent.Clause clause, Double actualHours, Integer actualEffectiveness,
                          State state) {
    }

    record Result(List<ClauseProgress> clauses, boolean behindPlan, boolean dueForFollowUp,
                  LocalDate lastFollowUp, LocalDate nextFollowUp, Visits.Pace visits, Measures measures,
                  @Nullable Aftercare.Progress aftercare) {

        /** The two latest judged clauses (MET or BEHIND) were both BEHIND: time to consider a re-plan. */
        boolean behindTwice() {
            List<State> judged = clauses.stream().map(ClauseProgress::state)
                    .filter(s -> s == State.MET || s == State.BEHIND).toList();
            return judged.size() >= 2 && judged.getLast() == State.BEHIND
                    && judged.get(judged.size() - 2) == State.BEHIND;
        }
    }

    private ProgressReport() {
    }

    /** The progress of a course that has not ended in a job (no events to read aftercare from). */
    static Result of(AgreementContent content, List<FollowUp> followUps, LocalDate today) {
        return of(content, followUps, List.of(), today);
    }

    static Result of(AgreementContent content, List<FollowUp> followUps, List<AgreementEvent> events, LocalDate today) {
        List<FollowUp> sorted = followUps.stream().sorted(FollowUp.CHRONOLOGICAL).toList();
        List<FollowUp> course = sorted.stream().filter(f -> !f.aftercare()).toList();
        List<ClauseProgress> clauses = new ArrayList<>();
        for (AgreementContent.Clause clause : content.progression()) {
            if (clause.dueDate().isAfter(today)) {
                clauses.add(new ClauseProgress(clause, null, null, State.UPCOMING));
                continue;
            }
            Optional<FollowUp> seen = course.stream().filter(f -> !f.date().isBefore(clause.dueDate())).findFirst();
            clauses.add(seen.map(f -> new ClauseProgress(clause, f.actualHoursPerWeek(), f.effectivenessPercent(),
                            reached(clause, f) ? State.MET : State.BEHIND))
                    .orElse(new ClauseProgress(clause, null, null, State.NO_FOLLOW_UP)));
        }
        LocalDate last = sorted.isEmpty() ? null : sorted.getLast().date();
        LocalDate next = (last == null ? content.startDate() : last).plusDays(content.followUp().cadenceDays());
        boolean due = today.isAfter(next);
        Aftercare.Progress aftercare = Aftercare.of(events, sorted, today).orElse(null);
        if (aftercare != null) {
            // After hiring the cadence is the tapering plan's: the next aftercare date not yet covered.
            next = aftercare.dates().stream().filter(slot -> !slot.done()).map(Aftercare.Slot::date).findFirst()
                    .orElse(aftercare.endDate());
            due = aftercare.due();
        }
        boolean behindNow = !course.isEmpty() && !reachedPlanAt(content, course.getLast());
        boolean behind = behindNow || clauses.stream().anyMatch(c -> c.state() == State.BEHIND);
        return new Result(clauses, behind, due, last, next, Visits.of(content, sorted, today), Measures.of(sorted),
                aftercare);
    }

    private static boolean reached(AgreementContent.Clause clause, FollowUp followUp) {
        return followUp.actualHoursPerWeek() >= clause.hoursPerWeek()
                && (followUp.effectivenessPercent() == null
                    || followUp.effectivenessPercent() >= clause.effectivenessPercent());
    }

    /** Whether the latest follow-up meets the step in force on its date (the start values before the first). */
    private static boolean reachedPlanAt(AgreementContent content, FollowUp followUp) {
        double hours = content.hoursPerWeek();
        Integer effectiveness = content.effectivenessPercent();
        for (AgreementContent.Clause clause : content.progression()) {
            if (!clause.dueDate().isAfter(followUp.date())) {
                hours = clause.hoursPerWeek();
                effectiveness = clause.effectivenessPercent();
            }
        }
        return followUp.actualHoursPerWeek() >= hours
                && (effectiveness == null || followUp.effectivenessPercent() == null
                    || followUp.effectivenessPercent() >= effectiveness);
    }
}
