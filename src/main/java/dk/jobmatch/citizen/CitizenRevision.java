package dk.jobmatch.citizen;

import io.micronaut.core.annotation.Introspected;

/** How many times a profile's row has been written since it was created (see V19). */
@Introspected
record CitizenRevision(String id, long revision) {
}
