package dk.jobmatch.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plan versus actual. A clause is judged by the first follow-up on or after its due date (the
 * first time anyone could see whether the step was reached); it is BEHIND when the hours or the
 * effectiveness fall short. A follow-up is due when none was recorded within the cadence.
 */
final class ProgressReport {

    enum State { UPCOMING, NO_FOLLOW_UP, MET, BEHIND }

    record ClauseProgress(AgreementContent.Clause clause, Double actualHours, Integer actualEffectiveness,
                          State state) {
    }

    record Result(List<ClauseProgress> clauses, boolean behindPlan, boolean dueForFollowUp,
                  LocalDate lastFollowUp, LocalDate nextFollowUp) {
    }

    private ProgressReport() {
    }

    static Result of(AgreementContent content, List<FollowUp> followUps, LocalDate today) {
        List<FollowUp> sorted = followUps.stream().sorted(Comparator.comparing(FollowUp::date)).toList();
        List<ClauseProgress> clauses = new ArrayList<>();
        for (AgreementContent.Clause clause : content.progression()) {
            if (clause.dueDate().isAfter(today)) {
                clauses.add(new ClauseProgress(clause, null, null, State.UPCOMING));
                continue;
            }
            Optional<FollowUp> seen = sorted.stream().filter(f -> !f.date().isBefore(clause.dueDate())).findFirst();
            clauses.add(seen.map(f -> new ClauseProgress(clause, f.actualHoursPerWeek(), f.effectivenessPercent(),
                            reached(clause, f) ? State.MET : State.BEHIND))
                    .orElse(new ClauseProgress(clause, null, null, State.NO_FOLLOW_UP)));
        }
        LocalDate last = sorted.isEmpty() ? null : sorted.getLast().date();
        LocalDate next = (last == null ? content.startDate() : last).plusDays(content.followUp().cadenceDays());
        boolean behindNow = !sorted.isEmpty() && !reachedPlanAt(content, sorted.getLast());
        boolean behind = behindNow || clauses.stream().anyMatch(c -> c.state() == State.BEHIND);
        return new Result(clauses, behind, today.isAfter(next), last, next);
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
