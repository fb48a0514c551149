package dk.jobmatch.agreement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.jobmatch.agreement.Courses.aftercare;
import static dk.jobmatch.agreement.Courses.event;
import static org.assertj.core.api.Assertions.assertThat;

class AftercareTest {

    static final LocalDate HIRED = LocalDate.of(2027, 3, 1);
    static final List<AgreementEvent> EVENTS = List.of(event(AgreementEvent.Type.HOURS_REDUCED, HIRED.minusWeeks(4)),
            event(AgreementEvent.Type.HIRED, HIRED));

    @Test
    void thePlanTapersAfter2_6_12And26WeeksAndEndsWithTheLast() {
        assertThat(Aftercare.dates(HIRED)).containsExactly(LocalDate.of(2027, 3, 15), LocalDate.of(2027, 4, 12),
                LocalDate.of(2027, 5, 24), LocalDate.of(2027, 8, 30));
        assertThat(Aftercare.end(HIRED)).isEqualTo(LocalDate.of(2027, 8, 30));
        Aftercare.Progress progress = Aftercare.of(EVENTS, List.of(), HIRED).orElseThrow();
        assertThat(progress.startDate()).isEqualTo(HIRED);
        assertThat(progress.endDate()).isEqualTo(LocalDate.of(2027, 8, 30));
        assertThat(progress.dates()).extracting(Aftercare.Slot::done).containsOnly(false);
        assertThat(progress.stillEmployed()).isNull();
        assertThat(progress.employmentEnded()).isNull();
    }

    @Test
    void ordinaryHoursStartAftercareToo() {
        List<AgreementEvent> events = List.of(event(AgreementEvent.Type.ORDINARY_HOURS, HIRED));
        assertThat(Aftercare.start(events)).contains(HIRED);
    }

    @Test
    void noAftercareWithoutACourseEndingInAJob() {
        assertThat(Aftercare.of(List.of(), List.of(), HIRED)).isEmpty();
        assertThat(Aftercare.of(List.of(event(AgreementEvent.Type.STOPPED, HIRED)), List.of(), HIRED)).isEmpty();
    }

    @Test
    void aDateIsDoneByAnAftercareFollowUpOnOrAfterItAndBeforeTheNext() {
        List<LocalDate> dates = Aftercare.dates(HIRED);
        List<FollowUp> followUps = List.of(
                aftercare(dates.get(0).minusDays(1), true),      // before the first date: counts for none
                aftercare(dates.get(1).plusWeeks(6).minusDays(1), true), // the day before week 12: week 6's
                aftercare(dates.get(3), false),                   // on the last date, the end date
                Courses.followUp(dates.get(2), 12, 85));          // not aftercare: counts for none
        Aftercare.Progress progress = Aftercare.of(EVENTS, followUps, dates.get(3)).orElseThrow();

        assertThat(progress.dates()).extracting(Aftercare.Slot::done).containsExactly(false, true, false, true);
        assertThat(progress.stillEmployed()).as("the latest aftercare follow-up's").isFalse();
    }

    @Test
    void dueFromTheDayADateComesUntilAFollowUpOnOrAfterIt() {
        LocalDate week2 = Aftercare.dates(HIRED).getFirst();
        assertThat(Aftercare.of(EVENTS, List.of(), week2.minusDays(1)).orElseThrow().due()).isFalse();
        assertThat(Aftercare.of(EVENTS, List.of(), week2).orElseThrow().due()).isTrue();
        assertThat(Aftercare.of(EVENTS, List.of(aftercare(week2.minusDays(1), true)), week2).orElseThrow().due())
                .as("a follow-up before the date does not answer it").isTrue();
        assertThat(Aftercare.of(EVENTS, List.of(aftercare(week2, true)), week2.plusDays(3)).orElseThrow().due())
                .isFalse();
    }

    @Test
    void aMissedDateAnsweredByALaterFollowUpIsNoLongerDue() {
        LocalDate week6 = Aftercare.dates(HIRED).get(1);
        assertThat(Aftercare.of(EVENTS, List.of(aftercare(week6.plusDays(2), true)), week6.plusDays(5))
                .orElseThrow().due()).isFalse();
    }

    @Test
    void notDueAfterTheEndOrOnceTheEmploymentEnded() {
        LocalDate end = Aftercare.end(HIRED);
        assertThat(Aftercare.of(EVENTS, List.of(), end).orElseThrow().due()).as("the last day").isTrue();
        assertThat(Aftercare.of(EVENTS, List.of(), end.plusDays(1)).orElseThrow().due()).isFalse();

        List<AgreementEvent> ended = List.of(event(AgreementEvent.Type.HIRED, HIRED),
                event(AgreementEvent.Type.EMPLOYMENT_ENDED, HIRED.plusWeeks(8)));
        Aftercare.Progress progress = Aftercare.of(ended, List.of(), HIRED.plusWeeks(13)).orElseThrow();
        assertThat(progress.due()).isFalse();
        assertThat(progress.employmentEnded()).isEqualTo(HIRED.plusWeeks(8));
    }
}
