package dk.jobmatch.evaluation;

import dk.jobmatch.agreement.CourseRecord;
import dk.jobmatch.vocabulary.EndReason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** How a course is labelled for the weight evaluation. */
class OutcomeTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void aJobIsGoodAndAStopTheMatchCouldHaveAvoidedIsBad() {
        assertThat(Outcome.of(course(CourseRecord.EndKind.HIRED, null, 0, 0))).isEqualTo(Outcome.HIRED);
        assertThat(Outcome.of(course(CourseRecord.EndKind.ORDINARY_HOURS, null, 2, 1)))
                .isEqualTo(Outcome.ORDINARY_HOURS);
        assertThat(Outcome.of(course(CourseRecord.EndKind.STOPPED, EndReason.TASKS_UNSUITABLE, 0, 0)))
                .isEqualTo(Outcome.TASKS_UNSUITABLE);
        assertThat(Outcome.of(course(CourseRecord.EndKind.STOPPED, EndReason.WORKPLACE_CULTURE, 1, 0)))
                .isEqualTo(Outcome.WORKPLACE_CULTURE);
        assertThat(Outcome.HIRED.good()).isTrue();
        assertThat(Outcome.WORKPLACE_CULTURE.good()).isFalse();
    }

    @Test
    void anotherStopIsGoodOnlyWithEveryJudgedClauseMetAndABadReasonWinsOverMetClauses() {
        assertThat(Outcome.of(course(CourseRecord.EndKind.STOPPED, EndReason.MOVED, 2, 2)))
                .isEqualTo(Outcome.CLAUSES_MET);
        assertThat(Outcome.of(course(CourseRecord.EndKind.STOPPED, EndReason.CITIZEN_HEALTH, 2, 1)))
                .isEqualTo(Outcome.OTHER_ENDING);
        assertThat(Outcome.of(course(CourseRecord.EndKind.STOPPED, EndReason.CITIZEN_HEALTH, 0, 0)))
                .as("no clause judged yet: nothing says the plan worked").isEqualTo(Outcome.OTHER_ENDING);
        assertThat(Outcome.of(course(CourseRecord.EndKind.STOPPED, EndReason.TASKS_UNSUITABLE, 2, 2)))
                .isEqualTo(Outcome.TASKS_UNSUITABLE);
    }

    @Test
    void aRunningCourseIsLeftOut() {
        Outcome running = Outcome.of(course(null, null, 3, 3));
        assertThat(running).isEqualTo(Outcome.RUNNING);
        assertThat(running.labelled()).isFalse();
        assertThat(Outcome.OTHER_ENDING.labelled()).isFalse();
    }

    private static CourseRecord course(CourseRecord.EndKind kind, EndReason reason, int judged, int met) {
        CourseRecord.Ending ending = kind == null ? null : new CourseRecord.Ending(kind, START.plusDays(90), reason);
        return new CourseRecord("a", "c", "e", "konsulent", START, 10, 12.0, judged, met, 2, 1, null, null, null,
                null, ending, null);
    }
}
