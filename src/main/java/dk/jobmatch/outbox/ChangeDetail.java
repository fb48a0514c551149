package dk.jobmatch.outbox;

/**
 * What an update was, when it has a name of its own (the change feed's {@code detail}). Adding
 * one is a constant here and the code that raises it; {@link #courseEvent()} says whether
 * webhooks announce it as an agreement event.
 *
 * <p>The outbox's detail column holds the constant's name, the same strings rows were written
 * with before this enum existed: never rename a constant, or existing rows no longer read.
 */
public enum ChangeDetail {
    /** All three parties approved the agreement's current version; it is ACTIVE. */
    ACTIVATED(false),
    /** All three approved an amendment of an ACTIVE agreement; the new version is in force. */
    AMENDED(false),
    /** A follow-up was recorded against the progression plan. */
    FOLLOW_UP(false),
    /** A follow-up after hiring (efterværn) was recorded. */
    AFTERCARE_FOLLOW_UP(false),
    /** A re-planned version of an ACTIVE agreement awaits approval. */
    REPLANNED(false),
    ORDINARY_HOURS(true),
    HOURS_REDUCED(true),
    STOPPED(true),
    HIRED(true),
    EMPLOYMENT_ENDED(true),
    /**
     * An agreement: a draft was not approved within jobmatch.agreements.draft-days and gave its
     * places back. A need: it had no activity for jobmatch.needs.expire-days (webhook need.expired).
     */
    EXPIRED(false),
    /** A consultant proposed a named citizen to the need's employer (an introduction was created). */
    INTRODUCTION_PROPOSED(false),
    /** The employer accepted an introduction. */
    INTRODUCTION_ACCEPTED(false),
    /** The employer declined an introduction; the citizen is no longer matched with that need. */
    INTRODUCTION_DECLINED(false);

    private final boolean courseEvent;

    ChangeDetail(boolean courseEvent) {
        this.courseEvent = courseEvent;
    }

    /** An event that changes the course of a placement, which the case worker's system must hear about. */
    public boolean courseEvent() {
        return courseEvent;
    }
}
