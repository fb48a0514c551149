package dk.jobmatch.common;

import java.util.UUID;

/**
 * Opaque identifiers for API resources: UUIDs laid out as version 7, the first 48 bits the
 * creation millisecond and the other 74 as random as {@link UUID#randomUUID()}'s. Ids made together
 * sort together, so the rows of an import batch go to the right edge of every index keyed by id
 * instead of each to a random page of it: on H2 a batch rewrote and re-read a page per row and
 * index (import A/B, issue 23: 0.49-0.69x the JVM's CPU per line). An id tells when it was made.
 */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        UUID random = UUID.randomUUID();
        long timeAndVersion = System.currentTimeMillis() << 16 | 0x7000L | random.getMostSignificantBits() & 0x0FFFL;
        return new UUID(timeAndVersion, random.getLeastSignificantBits()).toString();
    }
}
