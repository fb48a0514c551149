package dk.jobmatch.vocabulary;

/** Why an agreement on the consultant's worklist needs action now. */
public enum AttentionFlag {
    FOLLOW_UP_OVERDUE,
    BEHIND_TWICE,
    DRAFT_STALE,
    VISITS_BEHIND,
    AFTERCARE_DUE,
    NEEDS_NEW_PLACEMENT
}
