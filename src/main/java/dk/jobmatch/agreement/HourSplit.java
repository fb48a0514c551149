package dk.jobmatch.agreement;

import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.HourType;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.TargetGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * The kombi model's split of an agreement's hours into virksomhedspraktik and paid hours: the
 * hour type a draft gives its tasks, the paid hours a clause has when nobody said, and the rules
 * an edited split must keep.
 */
final class HourSplit {

    private HourSplit() {
    }

    /**
     * The hour type a consultant would start from. Afklaring and træning are virksomhedspraktik for
     * everyone (also a flexjob-visitated citizen on ledighedsydelse); a job, at once or at the end
     * of a recruitment, is a fleksjob for a FLEKSJOB citizen. Other citizens start a recruitment in
     * praktik (the consultant plans the move to pay with the employer) and an ordinary job on
     * ordinary paid hours. Løntilskud needs a decision on eligibility, so it is never a default.
     */
    static HourType draftType(PlacementType placement, TargetGroup targetGroup) {
        boolean flexjob = targetGroup == TargetGroup.FLEKSJOB;
        return switch (placement) {
            case AFKLARING, TRAENING -> HourType.PRAKTIK;
            case REKRUTTERING -> flexjob ? HourType.FLEKSJOB : HourType.PRAKTIK;
            case ORDINARY -> flexjob ? HourType.FLEKSJOB : HourType.LOENTIMER;
        };
    }

    /**
     * Clauses with their paid hours filled in where missing, from the tasks: with no praktik task
     * every hour is paid (so paid hours grow with the plan), otherwise the paid tasks' hours, at
     * most the clause's hours. Left as they are when a task has no hour type yet (an edit that
     * {@link #check} will refuse).
     */
    static List<AgreementContent.Clause> withPaidHours(List<AgreementContent.Clause> clauses,
                                                       List<AgreementContent.AgreementTask> tasks) {
        if (clauses.stream().allMatch(c -> c.paidHoursPerWeek() != null)
                || tasks.stream().anyMatch(t -> t.hourType() == null)) {
            return clauses;
        }
        boolean allPaid = tasks.stream().allMatch(t -> t.hourType().paid());
        double paidTaskHours = tasks.stream().filter(t -> t.hourType().paid())
                .mapToDouble(t -> t.hoursPerWeek() == null ? 0 : t.hoursPerWeek()).sum();
        return clauses.stream().map(c -> c.paidHoursPerWeek() != null ? c
                : c.withPaidHours(allPaid ? c.hoursPerWeek() : Math.min(paidTaskHours, c.hoursPerWeek()))).toList();
    }

    /** The split's rules for an edited version; empty when it keeps them all. */
    static List<FieldViolation> check(AgreementContent content) {
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < content.tasks().size(); i++) {
            AgreementContent.AgreementTask task = content.tasks().get(i);
            String field = "tasks[" + i + "]";
            if (task.hourType() == null) {
                errors.add(new FieldViolation(field + ".hourType", "is required (or paid, which it follows from)"));
            } else if (task.paid() != task.hourType().paid()) {
                errors.add(new FieldViolation(field + ".paid", "must be " + task.hourType().paid()
                        + " for hourType " + task.hourType() + " (" + Danish.label(task.hourType()) + ")"));
            }
        }
        double previousPaid = 0;
        for (int i = 0; i < content.progression().size(); i++) {
            AgreementContent.Clause clause = content.progression().get(i);
            if (clause.paidHoursPerWeek() == null) {
                continue;
            }
            String field = "progression[" + i + "].paidHoursPerWeek";
            double paid = clause.paidHoursPerWeek();
            if (paid > clause.hoursPerWeek()) {
                errors.add(new FieldViolation(field, "must not exceed the clause's hoursPerWeek ("
                        + Danish.number(clause.hoursPerWeek()) + ")"));
            }
            // A plan moves hours from praktik to pay; fewer paid hours is a reduction, recorded as an event.
            if (paid < previousPaid) {
                errors.add(new FieldViolation(field, "paid hours must never decrease"));
            }
            previousPaid = Math.max(previousPaid, paid);
        }
        return errors;
    }
}
