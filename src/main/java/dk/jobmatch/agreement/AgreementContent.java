package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.Accommodation;
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
        progression = List.copyOf(progression);
    }

    @Serdeable
    record AgreementTask(String taskId, String title, @Nullable Double hoursPerWeek, boolean paid) {
    }

    @Serdeable
    record Goal(String text, @Nullable LocalDate dueDate) {
    }

    /** A planned step: from {@code dueDate} on, these hours at this effectiveness. */
    @Serdeable
    record Clause(LocalDate dueDate, double hoursPerWeek, int effectivenessPercent, @Nullable String description) {
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
