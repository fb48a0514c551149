package dk.jobmatch.outcome;

import dk.jobmatch.support.OwnStorage;
import dk.jobmatch.support.Tables;
import dk.jobmatch.support.Tiers;
import dk.jobmatch.vocabulary.EndReason;
import dk.jobmatch.vocabulary.TargetGroup;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The definitions of docs/outcomes.md at their edges, on placements written straight into a
 * database of their own (H2, or PostgreSQL in the PostgreSQL run), aggregated by the report's SQL.
 */
@Tag(Tiers.SERVER)
class OutcomeFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2027, 12, 31);
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final OutcomeFigures.Filter ANY = new OutcomeFigures.Filter(null, null, null);
    static final Period YEAR = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    @TempDir
    Path dir;

    ApplicationContext context;
    OutcomeRows rows;

    @BeforeEach
    void ownDatabase() {
        context = ApplicationContext.run(OwnStorage.inMemory(dir, "outcomes",
                "jobmatch.accounts.seed", false), "test");
        rows = new OutcomeRows(new Tables(context.getBean(DataSource.class)));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void eachEndReasonIsItsOwnGroupSuppressedBelowFiveCitizens() {
        for (int i = 0; i < 5; i++) {
            ended("a" + i, "c" + i, "STOPPED", START.plusDays(30), EndReason.WORKPLACE_CULTURE);
        }
        for (int i = 5; i < 9; i++) {
            ended("a" + i, "c" + i, "STOPPED", START.plusDays(30), EndReason.TASKS_UNSUITABLE);
        }
        // Two placements of one citizen are one citizen: still four behind the group.
        ended("a9", "c5", "STOPPED", START.plusDays(40), EndReason.TASKS_UNSUITABLE);
        List<Figure> figures = figures(ANY, YEAR);

        assertThat(find(figures, Figure.Name.PLACEMENTS_ENDED, "WORKPLACE_CULTURE").value()).isEqualTo(5);
        Figure unsuitable = find(figures, Figure.Name.PLACEMENTS_ENDED, "TASKS_UNSUITABLE");
        assertThat(unsuitable.suppressed()).isTrue();
        assertThat(unsuitable.value()).isNull();
        assertThat(find(figures, Figure.Name.PLACEMENTS_ENDED, null).value()).isEqualTo(10);
        assertThat(find(figures, Figure.Name.PLACEMENTS_STOPPED, null).value()).isEqualTo(10);
        assertThat(find(figures, Figure.Name.PLACEMENTS_HIRED, null).suppressed()).isTrue();
    }

    @Test
    void retentionCountsAJobEndingOnTheDayMMonthsLaterAsNotRetainedAndWaitsUntilTheMonthsHavePassed() {
        LocalDate hired = LocalDate.of(2027, 3, 15);
        job("a0", "c0", hired, hired.plusMonths(3)); // ended on the day: not retained at 3
        job("a1", "c1", hired, hired.plusMonths(3).plusDays(1)); // retained at 3
        job("a2", "c2", hired, null);
        job("a3", "c3", hired, null);
        job("a4", "c4", hired, hired.plusDays(10));
        // Hired too late for three months to have passed by today: not in the denominator.
        job("a5", "c5", TODAY.minusMonths(3).plusDays(1), null);
        List<Figure> figures = figures(ANY, YEAR);

        Figure three = find(figures, Figure.Name.RETENTION_3_MONTHS, null);
        assertThat(three.value()).isEqualTo(0.6); // a1 a2 a3 of five
        assertThat(three.denominator()).isEqualTo(5);
        assertThat(find(figures, Figure.Name.RETENTION_6_MONTHS, null).value()).isEqualTo(0.4); // a2 a3
        // Twelve months after March 2027 is after today: nobody yet, suppressed.
        assertThat(find(figures, Figure.Name.RETENTION_12_MONTHS, null).suppressed()).isTrue();
    }

    @Test
    void aJobThatEndedIsTheEarlierOfTheEventAndTheFirstAftercareSayingNoAndMonthEndsClampAsInJava() {
        // Hired on 30 November: three months later is 29 February 2028 (clamped), six is 30 May 2028.
        LocalDate hired = LocalDate.of(2027, 11, 30);
        LocalDate today = LocalDate.of(2028, 6, 30);
        for (int i = 0; i < 5; i++) {
            job("a" + i, "c" + i, hired, null);
        }
        rows.aftercare("a0", LocalDate.of(2028, 2, 29), false); // on the day: not retained at 3 months
        rows.event("a0", "EMPLOYMENT_ENDED", LocalDate.of(2028, 4, 1), null); // later: the aftercare decides
        rows.aftercare("a1", LocalDate.of(2028, 3, 1), true);
        rows.event("a1", "EMPLOYMENT_ENDED", LocalDate.of(2028, 3, 1), null); // the day after: retained at 3
        List<Figure> figures = OutcomeFigures.of(queries().aggregates(
                new Period(LocalDate.of(2027, 1, 1), today), ANY, today));
        assertThat(find(figures, Figure.Name.RETENTION_3_MONTHS, null).value()).isEqualTo(0.8);
        assertThat(find(figures, Figure.Name.RETENTION_6_MONTHS, null).value()).isEqualTo(0.6);
    }

    @Test
    void daysToFirstPlacementTakeTheCitizensFirstPlacementOfAllAndTheFiltersApplyToThatOne() {
        for (int i = 0; i < 5; i++) {
            rows.citizen("c" + i, TargetGroup.FLEKSJOB.name(), START.minusDays(10L * (i + 1)));
            rows.placement("a" + i, "c" + i, "emp-1", START, 8);
        }
        // c0's second placement, at another employer: its first placement decides, and is at emp-1.
        rows.placement("b0", "c0", "emp-2", START.plusDays(100), 8);
        List<Figure> all = figures(ANY, YEAR);
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).value()).isEqualTo(30); // 10..50
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_P75, null).value()).isEqualTo(40);
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).denominator()).isEqualTo(5);

        List<Figure> atSecond = figures(new OutcomeFigures.Filter(null, null, "emp-2"), YEAR);
        assertThat(find(atSecond, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).suppressed()).isTrue();
        List<Figure> otherGroup = figures(new OutcomeFigures.Filter(TargetGroup.INTEGRATION, null, null), YEAR);
        assertThat(find(otherGroup, Figure.Name.PLACEMENTS_STARTED, null).suppressed()).isTrue();
    }

    @Test
    void aFirstPlacementThatStartedBeforeTheProfileWasCreatedSaysNothingAboutTheDaysToIt() {
        for (int i = 0; i < 6; i++) {
            // c0's course was carried over: it started 20 days before its profile was made here.
            LocalDate created = i == 0 ? START.plusDays(20) : START.minusDays(10L * i);
            rows.citizen("c" + i, TargetGroup.FLEKSJOB.name(), created);
            rows.placement("a" + i, "c" + i, "emp-1", START, 8);
        }
        List<Figure> all = figures(ANY, YEAR);
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).value()).isEqualTo(30); // 10..50
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).denominator()).isEqualTo(5);
        assertThat(find(all, Figure.Name.PLACEMENTS_STARTED, null).value()).as("still a placement").isEqualTo(6);
    }

    @Test
    void percentilesInterpolateLinearlyBetweenTheNearestRanksAsPercentileContDoes() {
        for (int i = 0; i < 6; i++) {
            rows.citizen("c" + i, null, START.minusDays(10L * (i + 1)));
            rows.placement("a" + i, "c" + i, "emp-1", START, 6 + i);
            rows.followUp("a" + i, START.plusDays(14), 8, null, null, null, null);
        }
        List<Figure> figures = figures(ANY, YEAR);
        // Days 10 20 30 40 50 60: the median at position 2.5, the 75th percentile at 3.75.
        assertThat(find(figures, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).value()).isEqualTo(35);
        assertThat(find(figures, Figure.Name.DAYS_TO_FIRST_PLACEMENT_P75, null).value()).isEqualTo(47.5);
        // Start hours 6 7 8 9 10 11: the mean of the two middle ones.
        assertThat(find(figures, Figure.Name.HOURS_AT_START_MEDIAN, null).value()).isEqualTo(8.5);
    }

    @Test
    void hoursAreComparedOnlyWhereAFollowUpMeasuredThem() {
        double[] start = {6, 7, 8, 9, 10, 12};
        Double[] latest = {8.0, 9.5, 10.0, 11.0, 12.0, null};
        for (int i = 0; i < start.length; i++) {
            rows.placement("a" + i, "c" + i, "emp", START, start[i]);
            if (latest[i] != null) {
                rows.followUp("a" + i, START.plusDays(14), latest[i], null, null, null, null);
            }
        }
        List<Figure> figures = figures(ANY, YEAR);
        assertThat(find(figures, Figure.Name.HOURS_AT_START_MEDIAN, null).value()).isEqualTo(8); // 6 7 8 9 10
        assertThat(find(figures, Figure.Name.HOURS_LATEST_MEDIAN, null).value()).isEqualTo(10);
        assertThat(find(figures, Figure.Name.HOURS_LATEST_MEDIAN, null).denominator()).isEqualTo(5);
        assertThat(find(figures, Figure.Name.PLACEMENTS_STARTED, null).value()).isEqualTo(6);
        assertThat(find(figures, Figure.Name.VISITS_PLANNED, null).value()).isEqualTo(24);
        // No clause judged anywhere: nobody behind the share.
        assertThat(find(figures, Figure.Name.CLAUSES_MET_SHARE, null).suppressed()).isTrue();
    }

    @Test
    void aClauseIsJudgedByTheFirstCourseFollowUpOnOrAfterItsDueDateAndOnlyOnceDue() {
        for (int i = 0; i < 5; i++) {
            rows.placement("a" + i, "c" + i, "emp", START, 8);
            rows.clause("a" + i, 0, START.plusDays(28), 10, 80);
        }
        rows.followUp("a0", START.plusDays(27), 12, 90, null, null, null); // before the due date: not the judge
        rows.followUp("a0", START.plusDays(28), 10, 80, null, null, null); // on the day: MET
        rows.followUp("a1", START.plusDays(30), 10, null, null, null, null); // no effectiveness measured: MET
        rows.followUp("a2", START.plusDays(30), 9.5, 90, null, null, null); // BEHIND on hours
        rows.followUp("a2", START.plusDays(44), 12, 90, null, null, null); // later: not the judge
        rows.followUp("a3", START.plusDays(30), 10, 79, null, null, null); // BEHIND on effectiveness
        // a4 has no follow-up: not judged. A clause due after today is never judged.
        rows.clause("a1", 1, TODAY.plusDays(1), 20, 80);
        rows.followUp("a1", TODAY, 5, 50, null, null, null);
        List<Figure> figures = figures(ANY, YEAR);
        Figure share = find(figures, Figure.Name.CLAUSES_MET_SHARE, null);
        assertThat(share.suppressed()).as("four placements, four citizens").isTrue();

        rows.placement("a5", "c5", "emp", START, 8);
        rows.clause("a5", 0, START.plusDays(28), 10, 80);
        rows.followUp("a5", START.plusDays(28), 10, 80, null, null, null);
        share = find(figures(ANY, YEAR), Figure.Name.CLAUSES_MET_SHARE, null);
        assertThat(share.value()).isEqualTo(0.6); // a0 a1 a5 of a0 a1 a2 a3 a5
        assertThat(share.denominator()).isEqualTo(5);
    }

    @Test
    void visitsCountThePlansDatesInTheFirstSixMonthsAtLeastFourAndTheVisitsDoneThen() {
        for (int i = 0; i < 5; i++) {
            rows.placement("a" + i, "c" + i, "emp", START, 8);
        }
        for (int k = 0; k < 6; k++) {
            rows.plannedVisit("a0", k, START.plusWeeks(2 + 4L * k)); // six in the first six months
        }
        rows.plannedVisit("a0", 6, START.plusMonths(6)); // the day six months on: outside
        rows.plannedVisit("a1", 0, START.plusWeeks(2)); // fewer than four: four
        rows.followUp("a0", START.minusDays(1), 8, null, "WORKPLACE_VISIT", null, null); // before the start
        rows.followUp("a0", START, 8, null, "WORKPLACE_VISIT", null, null);
        rows.followUp("a0", START.plusMonths(6).minusDays(1), 8, null, "WORKPLACE_VISIT", null, null);
        rows.followUp("a0", START.plusMonths(6), 8, null, "WORKPLACE_VISIT", null, null); // outside
        rows.followUp("a1", START.plusDays(14), 8, null, "PHONE", null, null);
        List<Figure> figures = figures(ANY, YEAR);
        assertThat(find(figures, Figure.Name.VISITS_PLANNED, null).value()).isEqualTo(6 + 4 * 4);
        assertThat(find(figures, Figure.Name.VISITS_DONE, null).value()).isEqualTo(2);
        assertThat(find(figures, Figure.Name.VISITS_DONE, null).denominator()).isNull();
    }

    @Test
    void theMeasuresFirstAndLatestAreByFollowUpDateAndOneRecordedOnceCountsAsBoth() {
        for (int i = 0; i < 5; i++) {
            rows.placement("a" + i, "c" + i, "emp", START, 8);
            rows.followUp("a" + i, START.plusDays(60), 8, null, null, 60 + i, null);
            rows.followUp("a" + i, START.plusDays(30), 8, null, null, 40 + i, null); // recorded later, dated earlier
        }
        rows.followUp("a4", START.plusDays(90), 8, null, null, null, 20); // one GSE: first and latest
        List<Figure> figures = figures(ANY, YEAR);
        assertThat(find(figures, Figure.Name.WHO5_FIRST_MEAN, null).value()).isEqualTo(42);
        assertThat(find(figures, Figure.Name.WHO5_LATEST_MEAN, null).value()).isEqualTo(62);
        assertThat(find(figures, Figure.Name.WHO5_LATEST_MEAN, null).denominator()).isEqualTo(5);
        assertThat(find(figures, Figure.Name.GSE_FIRST_MEAN, null).suppressed()).isTrue();
    }

    @Test
    void roundingIsHalfUp() {
        assertThat(OutcomeFigures.round(47.25, 1)).isEqualTo(47.3);
        assertThat(OutcomeFigures.round(5.0 / 7, 3)).isEqualTo(0.714);
        assertThat(OutcomeFigures.round(7.125, 2)).isEqualTo(7.13);
    }

    private List<Figure> figures(OutcomeFigures.Filter filter, Period period) {
        return OutcomeFigures.of(queries().aggregates(period, filter, TODAY));
    }

    private OutcomeQueries queries() {
        return context.getBean(OutcomeQueries.class);
    }

    private void ended(String id, String citizenId, String kind, LocalDate date, EndReason reason) {
        rows.placement(id, citizenId, "emp", START, 8);
        rows.event(id, kind, date, reason.name());
    }

    private void job(String id, String citizenId, LocalDate hired, LocalDate jobEnded) {
        rows.placement(id, citizenId, "emp", START, 8);
        rows.event(id, "HIRED", hired, null);
        if (jobEnded != null) {
            rows.event(id, "EMPLOYMENT_ENDED", jobEnded, null);
        }
    }

    private static Figure find(List<Figure> figures, Figure.Name name, String group) {
        return figures.stream().filter(f -> f.name() == name && java.util.Objects.equals(f.group(), group))
                .findFirst().orElseThrow();
    }
}
