package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** What a follow-up found on {@code date}, set against the progression plan by ProgressReport. */
record FollowUp(String id, LocalDate date, double actualHoursPerWeek, @Nullable Integer effectivenessPercent,
                @Nullable Integer who5, @Nullable String notes, String recordedBy, Instant createdAt) {
}
