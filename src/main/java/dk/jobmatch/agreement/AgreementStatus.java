package dk.jobmatch.agreement;

/** DRAFT until all three parties approve the current version; the last three end it. */
enum AgreementStatus {
    DRAFT, ACTIVE, ORDINARY_HOURS, HIRED, STOPPED;

    boolean ended() {
        return this == ORDINARY_HOURS || this == HIRED || this == STOPPED;
    }
}
