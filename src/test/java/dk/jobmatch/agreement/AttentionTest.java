package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.AttentionFlag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static dk.jobmatch.agreement.Courses.START;
import static dk.jobmatch.agreement.Courses.event;
import static dk.jobmatch.agreement.Courses.thisted;
import static dk.jobmatch.agreement.Courses.visit;
import static org.assertj.core.api.Assertions.assertThat;

/** Each flag, on the day it starts and the day before. */
class AttentionTest {

    static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void followUpOverdueTheDayAfterTheNextFollowUpDate() {
        LocalDate next = START.plusDays(14);
        List<FollowUp> visited = List.of(visit(START.plusWeeks(2)));
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), visited, next.plusDays(14)))
                .doesNotContain(AttentionFlag.FOLLOW_UP_OVERDUE);
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), visited, next.plusDays(15)))
                .contains(AttentionFlag.FOLLOW_UP_OVERDUE);
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), List.of(), next))
                .doesNotContain(AttentionFlag.FOLLOW_UP_OVERDUE);
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), List.of(), next.plusDays(1)))
                .contains(AttentionFlag.FOLLOW_UP_OVERDUE);
    }

    @Test
    void behindTwiceWhenTheTwoLatestJudgedClausesWereBehind() {
        LocalDate step1 = START.plusWeeks(6);
        LocalDate step2 = START.plusWeeks(12);
        List<FollowUp> behindTwice = List.of(Courses.followUp(step1, 9, 75), Courses.followUp(step2, 10, 80));
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), behindTwice, step2.minusDays(1)))
                .as("the second clause not yet judged").doesNotContain(AttentionFlag.BEHIND_TWICE);
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), behindTwice, step2))
                .contains(AttentionFlag.BEHIND_TWICE);

        List<FollowUp> metThenBehind = List.of(Courses.followUp(step1, 10.5, 80), Courses.followUp(step2, 10, 80));
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), metThenBehind, step2))
                .doesNotContain(AttentionFlag.BEHIND_TWICE);
        assertThat(flags(AgreementStatus.HIRED, List.of(event(AgreementEvent.Type.HIRED, step2)), List.of(),
                behindTwice, step2)).as("only ACTIVE agreements").doesNotContain(AttentionFlag.BEHIND_TWICE);
    }

    @Test
    void draftStaleWhenCreatedMoreThan14DaysAgo() {
        Agreement draft = agreement(AgreementStatus.DRAFT);
        Instant fourteenDays = CREATED.plus(Duration.ofDays(14));
        assertThat(Attention.of(facts(draft, List.of(), List.of(), List.of(), day(fourteenDays)), fourteenDays,
                ZoneOffset.UTC)).doesNotContain(AttentionFlag.DRAFT_STALE);
        Instant justAfter = fourteenDays.plusSeconds(1);
        assertThat(Attention.of(facts(draft, List.of(), List.of(), List.of(), day(justAfter)), justAfter,
                ZoneOffset.UTC)).containsExactly(AttentionFlag.DRAFT_STALE);
    }

    @Test
    void visitsBehindFromTheDayAPlannedVisitComesWithoutIt() {
        LocalDate firstVisit = START.plusWeeks(2);
        List<FollowUp> phoned = List.of(Courses.followUp(firstVisit.minusDays(1), 9, 75));
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), phoned, firstVisit.minusDays(1)))
                .doesNotContain(AttentionFlag.VISITS_BEHIND);
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), phoned, firstVisit))
                .containsExactly(AttentionFlag.VISITS_BEHIND);
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), List.of(visit(firstVisit)), firstVisit))
                .doesNotContain(AttentionFlag.VISITS_BEHIND);
    }

    @Test
    void aftercareDueFromTheDayAnAftercareDateComesWithoutAFollowUp() {
        LocalDate hired = START.plusWeeks(10);
        LocalDate week2 = hired.plusWeeks(2);
        List<AgreementEvent> events = List.of(event(AgreementEvent.Type.HIRED, hired));
        assertThat(flags(AgreementStatus.HIRED, events, List.of(), List.of(), week2.minusDays(1))).isEmpty();
        assertThat(flags(AgreementStatus.HIRED, events, List.of(), List.of(), week2))
                .containsExactly(AttentionFlag.AFTERCARE_DUE);
        assertThat(flags(AgreementStatus.ORDINARY_HOURS, List.of(event(AgreementEvent.Type.ORDINARY_HOURS, hired)),
                List.of(), List.of(), week2)).containsExactly(AttentionFlag.AFTERCARE_DUE);
        assertThat(flags(AgreementStatus.HIRED, events, List.of(), List.of(Courses.aftercare(week2, true)),
                week2.plusDays(1))).isEmpty();
        assertThat(flags(AgreementStatus.HIRED, List.of(event(AgreementEvent.Type.HIRED, hired),
                event(AgreementEvent.Type.EMPLOYMENT_ENDED, week2.minusDays(1))), List.of(), List.of(), week2))
                .as("the job ended: nothing to follow").isEmpty();
        assertThat(flags(AgreementStatus.HIRED, events, List.of(), List.of(), Aftercare.end(hired).plusDays(1)))
                .as("aftercare is over").isEmpty();
    }

    @Test
    void needsNewPlacementSevenDaysAfterAStopUntilAnotherAgreementIsCreated() {
        LocalDate stopped = START.plusWeeks(3);
        List<AgreementEvent> events = List.of(event(AgreementEvent.Type.STOPPED, stopped));
        assertThat(flags(AgreementStatus.STOPPED, events, List.of(), List.of(), stopped.plusDays(6))).isEmpty();
        assertThat(flags(AgreementStatus.STOPPED, events, List.of(), List.of(), stopped.plusDays(7)))
                .containsExactly(AttentionFlag.NEEDS_NEW_PLACEMENT);
        assertThat(flags(AgreementStatus.STOPPED, events, List.of(CREATED), List.of(), stopped.plusDays(7)))
                .as("an agreement from before the stop is not a new placement")
                .containsExactly(AttentionFlag.NEEDS_NEW_PLACEMENT);
        Instant sameDay = stopped.atTime(15, 0).toInstant(ZoneOffset.UTC);
        assertThat(flags(AgreementStatus.STOPPED, events, List.of(sameDay), List.of(), stopped.plusDays(7)))
                .as("a draft made the day it stopped").isEmpty();
    }

    @Test
    void expiredDraftsAndQuietCoursesNeedNothing() {
        assertThat(flags(AgreementStatus.EXPIRED, List.of(), List.of(), List.of(), START.plusYears(1))).isEmpty();
        assertThat(flags(AgreementStatus.ACTIVE, List.of(), List.of(), List.of(), START)).isEmpty();
    }

    private static Set<AttentionFlag> flags(AgreementStatus status, List<AgreementEvent> events,
                                            List<Instant> otherAgreements, List<FollowUp> followUps, LocalDate today) {
        Instant now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
        return Attention.of(facts(agreement(status), events, otherAgreements, followUps, today), now, ZoneOffset.UTC);
    }

    private static Attention.Facts facts(Agreement agreement, List<AgreementEvent> events, List<Instant> others,
                                         List<FollowUp> followUps, LocalDate today) {
        ProgressReport.Result progress = ProgressReport.of(thisted(), followUps, events, today);
        LocalDate stopped = events.stream().filter(e -> e.type() == AgreementEvent.Type.STOPPED)
                .map(AgreementEvent::date).findFirst().orElse(null);
        return new Attention.Facts(agreement, progress, stopped, others);
    }

    private static Agreement agreement(AgreementStatus status) {
        return new Agreement("a1", "c1", "n1", "e1", "konsulent", status, 1, status == AgreementStatus.DRAFT ? null : 1,
                CREATED, CREATED);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
