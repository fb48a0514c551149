package dk.jobmatch.vocabulary;

/**
 * Why a course stopped or a job that followed it ended (an event's reasonCode). Coded so the job
 * centre can see what went wrong across placements, and what a new course should avoid.
 */
public enum EndReason {
    CITIZEN_HEALTH,
    CITIZEN_WITHDREW,
    TASKS_UNSUITABLE,
    WORKPLACE_CULTURE,
    HOURS_NOT_REACHED,
    EMPLOYER_NO_LONGER_NEEDS,
    EMPLOYER_DISSATISFIED,
    MOVED,
    OTHER
}
