package dk.jobmatch.agreement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.jobmatch.agreement.Courses.START;
import static dk.jobmatch.agreement.Courses.event;
import static dk.jobmatch.agreement.Courses.thisted;
import static org.assertj.core.api.Assertions.assertThat;

class ProgressReportTest {

    @Test
    void aftercareFollowUpsJudgeNoClauseButCountAsTheLatestFollowUp() {
        LocalDate hired = START.plusWeeks(5);
        List<FollowUp> followUps = List.of(Courses.followUp(START.plusWeeks(4), 9, 75),
                Courses.aftercare(hired.plusWeeks(2), true));
        ProgressReport.Result result = ProgressReport.of(thisted(), followUps,
                List.of(event(AgreementEvent.Type.HIRED, hired)), START.plusWeeks(8));

        assertThat(result.clauses()).extracting(ProgressReport.ClauseProgress::state)
                .as("the 15 h of the new job do not meet the 10.5 h step").containsExactly(
                        ProgressReport.State.NO_FOLLOW_UP, ProgressReport.State.UPCOMING);
        assertThat(result.behindPlan()).as("the last course follow-up met the start values").isFalse();
        assertThat(result.lastFollowUp()).isEqualTo(hired.plusWeeks(2));
        assertThat(result.aftercare()).isNotNull();
        assertThat(result.aftercare().dates().getFirst().done()).isTrue();
        assertThat(result.nextFollowUp()).as("after hiring, the next aftercare date, not the course's cadence")
                .isEqualTo(hired.plusWeeks(6));
        assertThat(result.dueForFollowUp()).isFalse();
        assertThat(ProgressReport.of(thisted(), followUps, List.of(event(AgreementEvent.Type.HIRED, hired)),
                hired.plusWeeks(7)).dueForFollowUp()).as("the 6-week date has passed with no aftercare").isTrue();
    }

    @Test
    void noAftercareWhileTheCourseRuns() {
        ProgressReport.Result result = ProgressReport.of(thisted(), List.of(), START.plusWeeks(1));
        assertThat(result.aftercare()).isNull();
        assertThat(result.visits()).isEqualTo(new Visits.Pace(4, 0, true));
        assertThat(result.measures().who5()).isEqualTo(new Measures.Pair(null, null));
    }

    @Test
    void behindTwiceLooksAtTheTwoLatestJudgedClausesOnly() {
        LocalDate step1 = START.plusWeeks(6);
        LocalDate step2 = START.plusWeeks(12);
        assertThat(ProgressReport.of(thisted(), List.of(Courses.followUp(step1, 9, 75),
                Courses.followUp(step2, 12, 85)), step2).behindTwice()).isFalse();
        assertThat(ProgressReport.of(thisted(), List.of(Courses.followUp(step1, 9, 75),
                Courses.followUp(step2, 12, 84)), step2).behindTwice()).isTrue();
        assertThat(ProgressReport.of(thisted(), List.of(Courses.followUp(step1, 9, 75)), step2).behindTwice())
                .as("a clause without a follow-up is not judged").isFalse();
    }
}
