package dk.jobmatch.vocabulary;

/**
 * Why an employer declined an introduction (its reasonCode). Coded so consultants can see across
 * employers what keeps introductions from becoming placements, and propose better next time.
 */
public enum DeclineReason {
    TASKS_NOT_SUITABLE,
    HOURS_DO_NOT_FIT,
    ACCOMMODATIONS_NOT_POSSIBLE,
    NO_TIME_TO_TRAIN,
    NEED_COVERED,
    OTHER
}
