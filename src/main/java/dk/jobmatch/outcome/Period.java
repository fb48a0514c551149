package dk.jobmatch.outcome;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** The days from {@code from} to {@code to}, both inclusive; without {@code from}, every day up to {@code to}. */
record Period(@Nullable LocalDate from, LocalDate to) {
}
