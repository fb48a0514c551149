package dk.jobmatch.match;

/** One reason a match was proposed or ranked where it is, in plain Danish. */
record Explanation(Kind kind, String text) {

    enum Kind { COMPETENCE, JOB_GOAL, TASKS, HOURS, DISTANCE, ACCOMMODATION, FLEXIBILITY, QUALIFICATION, COMPANY }
}
