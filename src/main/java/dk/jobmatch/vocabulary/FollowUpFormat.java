package dk.jobmatch.vocabulary;

/** How a follow-up took place; only a visit at the workplace counts towards the planned visits. */
public enum FollowUpFormat {
    WORKPLACE_VISIT,
    PHONE,
    JOBCENTRE_MEETING,
    VIDEO
}
