package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * One placement (an agreement that came into force) as the weight evaluation reads it, judged by the
 * same rules as its {@code /progress}: the version in force's start date and start hours, the
 * hours of the latest follow-up of the course (aftercare follow-ups excluded), the clauses judged
 * so far and how many of them were MET ({@link ProgressReport}), the workplace visits of the first
 * six months ({@link Visits}), the first and latest WHO-5 and GSE ({@link Measures}), how the course
 * ended (the HIRED, ORDINARY_HOURS or STOPPED event) and, after a job, when the job ended (an
 * EMPLOYMENT_ENDED event or the first aftercare follow-up saying the citizen is no longer employed,
 * whichever is earlier). Nothing here names the citizen beyond the id.
 */
public record CourseRecord(String agreementId, String citizenId, String employerId, String consultant,
                           LocalDate startDate, double hoursAtStart, @Nullable Double latestHours,
                           int clausesJudged, int clausesMet, int visitsPlanned, int visitsDone,
                           @Nullable Integer who5First, @Nullable Integer who5Latest,
                           @Nullable Integer gseFirst, @Nullable Integer gseLatest,
                           @Nullable Ending ending, @Nullable LocalDate employmentEnded) {

    /** How a course ended. */
    public enum EndKind {
        ORDINARY_HOURS, HIRED, STOPPED;

        /** The course ended in a job, so aftercare and retention follow. */
        public boolean inWork() {
            return this != STOPPED;
        }
    }

    /** The event that ended the course: its kind, date and coded reason (optional unless STOPPED). */
    public record Ending(EndKind kind, LocalDate date, @Nullable EndReason reasonCode) {
    }

    /** Whether the course had ended by the end of this day. */
    public boolean endedBy(LocalDate day) {
        return ending != null && !ending.date().isAfter(day);
    }
}
