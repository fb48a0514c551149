package dk.jobmatch.agreement;

/**
 * DRAFT until all three parties approve the current version; ORDINARY_HOURS, HIRED and STOPPED end
 * it, and a draft not approved in time EXPIRES.
 */
enum AgreementStatus {
    DRAFT, ACTIVE, ORDINARY_HOURS, HIRED, STOPPED, EXPIRED;

    /** Whether an agreement in this status holds its tasks and the citizen's hours (contract v1.1). */
    boolean holds() {
        return this != STOPPED && this != EXPIRED;
    }

    /** The course ended in a job (HIRED or ORDINARY_HOURS): aftercare follows. */
    boolean endedInWork() {
        return this == ORDINARY_HOURS || this == HIRED;
    }

    boolean ended() {
        return this == ORDINARY_HOURS || this == HIRED || this == STOPPED || this == EXPIRED;
    }
}
