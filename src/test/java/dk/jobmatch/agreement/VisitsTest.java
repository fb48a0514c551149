package dk.jobmatch.agreement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.jobmatch.agreement.Courses.START;
import static dk.jobmatch.agreement.Courses.thisted;
import static dk.jobmatch.agreement.Courses.visit;
import static org.assertj.core.api.Assertions.assertThat;

class VisitsTest {

    @Test
    void fourVisitsArePlannedByDefaultAndCountOnlyWorkplaceVisitsInTheFirstSixMonths() {
        List<FollowUp> followUps = List.of(visit(START.plusWeeks(2)), Courses.followUp(START.plusWeeks(4), 9, 75),
                visit(START.plusWeeks(8)), visit(START.plusMonths(6)), visit(START.minusDays(1)));
        Visits.Pace pace = Visits.of(thisted(), followUps, START.plusWeeks(9));

        assertThat(pace.planned()).isEqualTo(4);
        assertThat(pace.done()).as("the phone call, a visit on the day six months in and one before the start "
                + "do not count").isEqualTo(2);
        assertThat(pace.onPace()).isTrue();
    }

    @Test
    void behindFromTheDayAPlannedVisitComesWithoutIt() {
        LocalDate firstVisit = START.plusWeeks(2);
        assertThat(Visits.of(thisted(), List.of(), firstVisit.minusDays(1)).onPace()).isTrue();
        assertThat(Visits.of(thisted(), List.of(), firstVisit).onPace()).isFalse();
        assertThat(Visits.of(thisted(), List.of(visit(firstVisit)), firstVisit).onPace()).isTrue();
        assertThat(Visits.of(thisted(), List.of(visit(firstVisit)), START.plusWeeks(8)).onPace()).isFalse();
    }

    @Test
    void aPlanWithMoreVisitsCountsThemAndOneWithFewerFallsBackOnTheDefaultSchedule() {
        List<LocalDate> monthly = List.of(START.plusMonths(1), START.plusMonths(2), START.plusMonths(3),
                START.plusMonths(4), START.plusMonths(5), START.plusMonths(7));
        Visits.Pace more = Visits.of(thisted(monthly), List.of(), START.plusWeeks(3));
        assertThat(more.planned()).as("the seventh month's visit is outside the six").isEqualTo(5);
        assertThat(more.onPace()).as("the plan's first visit is a month in").isTrue();

        Visits.Pace fewer = Visits.of(thisted(List.of(START.plusMonths(3))), List.of(), START.plusWeeks(3));
        assertThat(fewer.planned()).isEqualTo(4);
        assertThat(fewer.onPace()).as("the default schedule's first visit is in week 2").isFalse();

        assertThat(Visits.of(thisted(List.of()), List.of(), START.plusYears(1)).planned()).isEqualTo(4);
    }

    @Test
    void allPlannedVisitsAreDueOnceTheSixMonthsArePast() {
        List<FollowUp> three = List.of(visit(START.plusWeeks(2)), visit(START.plusWeeks(8)), visit(START.plusWeeks(14)));
        assertThat(Visits.of(thisted(), three, START.plusYears(1)).onPace()).isFalse();
    }
}
