package dk.jobmatch.common;

import java.util.UUID;

/** Opaque identifiers for API resources. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
