package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.HourType;
import dk.jobmatch.vocabulary.PlacementType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What one version of an arbejdsaftale says. Kept whole per version, so an old version reads
 * exactly as it was approved.
 */
@Serdeable
record AgreementContent(
        PlacementType placementType,
        @Nullable String purpose,
        LocalDate startDate,
        double hoursPerWeek,
        @Nullable Integer effectivenessPercent,
        @Nullable LocalDate reassessmentDate,
        List<AgreementTask> tasks,
        Set<Accommodation> accommodations,
        List<String> accommodationText,
        List<Goal> goals,
        List<Clause> progression,
        FollowUpPlan followUp,
        PartyInfo citizen,
        PartyInfo employer,
        PartyInfo contactPerson,
        PartyInfo consultant) {

    AgreementContent {
        tasks = List.copyOf(tasks);
        accommodations = Set.copyOf(accommodations);
        accommodationText = List.copyOf(accommodationText);
        goals = List.copyOf(goals);
        progression = HourSplit.withPaidHours(List.copyOf(progression), tasks);
    }

    /** The same version with another plan: the re-plan's goals and progression. */
    AgreementContent withPlan(List<Goal> newGoals, List<Clause> newProgression) {
        return new AgreementContent(placementType, purpose, startDate, hoursPerWeek, effectivenessPercent,
                reassessmentDate, tasks, accommodations, accommodationText, newGoals, newProgression, followUp, citizen,
                employer, contactPerson, consultant);
    }

    /**
     * A task and its hour type. {@code paid} is the v1 form of the same fact: versions stored
     * before hour types have only {@code paid} and read as PRAKTIK or LOENTIMER (what their
     * document said), and whichever of the two an edit leaves out follows from the other. Both can
     * be null, or disagree, only in an edit not yet checked by {@link HourSplit#check}.
     */
    @Serdeable
    record AgreementTask(String taskId, String title, @Nullable Double hoursPerWeek, @Nullable Boolean paid,
                         @Nullable HourType hourType) {

        AgreementTask {
            if (hourType == null && paid != null) {
                hourType = paid ? HourType.LOENTIMER : HourType.PRAKTIK;
            }
            if (paid == null && hourType != null) {
                paid = hourType.paid();
            }
        }
    }

    @Serdeable
    record Goal(String text, @Nullable LocalDate dueDate) {
    }

    /**
     * A planned step: from {@code dueDate} on, these hours at this effectiveness, of which
     * {@code paidHoursPerWeek} are paid and the rest virksomhedspraktik. Null paid hours (versions
     * stored before the split, an edit that leaves them out) are filled in from the tasks.
     */
    @Serdeable
    record Clause(LocalDate dueDate, double hoursPerWeek, int effectivenessPercent, @Nullable String description,
                  @Nullable Double paidHoursPerWeek) {

        Clause withPaidHours(double paid) {
            return new Clause(dueDate, hoursPerWeek, effectivenessPercent, description, paid);
        }

        /** Hours in virksomhedspraktik: the clause's hours that are not paid. */
        double internshipHoursPerWeek() {
            return Math.max(0, hoursPerWeek - (paidHoursPerWeek == null ? 0 : paidHoursPerWeek));
        }
    }

    @Serdeable
    record FollowUpPlan(int cadenceDays, LocalDate nextDate, List<LocalDate> companyVisits) {

        FollowUpPlan {
            companyVisits = companyVisits == null ? List.of() : List.copyOf(companyVisits);
        }
    }

    /** A party as named in the document. */
    @Serdeable
    record PartyInfo(@Nullable String name, @Nullable String role, @Nullable String phone, @Nullable String email) {
    }
}
