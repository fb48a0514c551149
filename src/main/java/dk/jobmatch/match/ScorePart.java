package dk.jobmatch.match;

/**
 * The parts of a match score, each in [0, 1], in the order the scorer adds them
 * (docs/matching-quality.md has each one's definition). {@link MatchWeights} says how much each counts.
 */
public enum ScorePart {
    COMPETENCE,
    JOB_GOAL,
    TASK_FIT,
    HOURS,
    DISTANCE,
    FLEXIBILITY,
    COMPANY,
    TEXT
}
