package dk.jobmatch.outbox;

import java.util.Arrays;

/**
 * The kinds of entity whose changes the outbox records, the change feed lists and the search
 * index holds. A new kind is one constant here (and its value in the API's entity type enum).
 */
public enum EntityType {
    NEED("need"),
    CITIZEN("citizen"),
    AGREEMENT("agreement"),
    INTRODUCTION("introduction"),
    /** A concept of the vocabulary was added or edited; every instance re-reads the vocabulary and re-indexes. */
    CONCEPT("concept");

    private final String value;

    EntityType(String value) {
        this.value = value;
    }

    /**
     * What the outbox's entity_type column holds: the lower-case names rows were written with
     * before this enum existed. Never change one, or existing rows (and every replica's index,
     * which uses it as the document type) no longer read.
     */
    public String value() {
        return value;
    }

    static EntityType ofValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown outbox entity type: " + value));
    }
}
