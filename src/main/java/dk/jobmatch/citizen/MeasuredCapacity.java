package dk.jobmatch.citizen;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * What the citizen's latest follow-up (by date, over all their agreements) found: the hours they
 * worked and their effectiveness. Kept with the profile because agreements live in a package that
 * citizens may not use; the follow-up that finds it writes it here. New drafts start from it.
 */
public record MeasuredCapacity(double hoursPerWeek, @Nullable Integer effectivenessPercent, LocalDate date,
                               String agreementId) {
}
