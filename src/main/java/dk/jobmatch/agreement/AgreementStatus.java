package dk.jobmatch.agreement;

/** DRAFT until all three parties approve the current version; the last three end it. */
enum AgreementStatus {
    DRAFT, ACTIVE, ORDINARY_HOURS, HIRED, STOPPED;

    /** Whether an agreement in this status holds its tasks and the citizen's hours (contract v1.1). */
    boolean holds() {
        return this != STOPPED;
    }

    boolean ended() {
        return this == ORDINARY_HOURS || this == HIRED || this == STOPPED;
    }
}
