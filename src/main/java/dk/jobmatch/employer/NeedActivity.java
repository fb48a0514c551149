package dk.jobmatch.employer;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** When a need last saw activity (see {@link NeedRepository#LAST_ACTIVITY}). */
@Introspected
record NeedActivity(String needId, Instant lastActivityAt) {
}
