package dk.jobmatch.evaluation;

import dk.jobmatch.agreement.CourseRecord;
import dk.jobmatch.vocabulary.EndReason;

/**
 * What a placement's course says about its match, as the weight evaluation labels it. Good: it
 * ended in a job (HIRED, ORDINARY_HOURS), or it ended otherwise with every clause judged so far met
 * (the plan worked; the course stopped for a reason the match did not decide). Bad: it stopped
 * because the tasks did not suit the citizen or the workplace culture did not, the two reasons
 * a better match could have avoided; these win over met clauses. Everything else is left out and
 * counted: courses still running, and other stops (health, moving, the employer's need ending ...).
 */
public enum Outcome {
    HIRED(true),
    ORDINARY_HOURS(true),
    CLAUSES_MET(true),
    TASKS_UNSUITABLE(false),
    WORKPLACE_CULTURE(false),
    RUNNING(null),
    OTHER_ENDING(null);

    private final Boolean good;

    Outcome(Boolean good) {
        this.good = good;
    }

    /** Whether the outcome is labelled at all (good or bad). */
    public boolean labelled() {
        return good != null;
    }

    /** Good (true) or bad (false); only for labelled outcomes. */
    public boolean good() {
        if (good == null) {
            throw new IllegalStateException(this + " is not labelled");
        }
        return good;
    }

    /** The course's outcome as of the day its record was judged. */
    public static Outcome of(CourseRecord course) {
        CourseRecord.Ending ending = course.ending();
        if (ending == null) {
            return RUNNING;
        }
        return switch (ending.kind()) {
            case HIRED -> HIRED;
            case ORDINARY_HOURS -> ORDINARY_HOURS;
            case STOPPED -> stopped(course, ending.reasonCode());
        };
    }

    private static Outcome stopped(CourseRecord course, EndReason reason) {
        if (reason == EndReason.TASKS_UNSUITABLE) {
            return TASKS_UNSUITABLE;
        }
        if (reason == EndReason.WORKPLACE_CULTURE) {
            return WORKPLACE_CULTURE;
        }
        return course.clausesJudged() > 0 && course.clausesMet() == course.clausesJudged() ? CLAUSES_MET
                : OTHER_ENDING;
    }
}
