package dk.jobmatch.outcome;

import dk.jobmatch.agreement.CourseRecord;
import dk.jobmatch.vocabulary.EndReason;
import dk.jobmatch.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The definitions of docs/outcomes.md at their edges, on placements made up in memory. */
class OutcomeFiguresTest {

    static final LocalDate TODAY = LocalDate.of(2027, 12, 31);
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final OutcomeFigures.Filter ANY = new OutcomeFigures.Filter(null, null, null);
    static final Period YEAR = new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    final Map<String, OutcomeFigures.Profile> profiles = new HashMap<>();

    @Test
    void eachEndReasonIsItsOwnGroupSuppressedBelowFiveCitizens() {
        List<CourseRecord> placements = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placements.add(ended("a" + i, "c" + i, CourseRecord.EndKind.STOPPED, START.plusDays(30),
                    EndReason.WORKPLACE_CULTURE));
        }
        for (int i = 5; i < 9; i++) {
            placements.add(ended("a" + i, "c" + i, CourseRecord.EndKind.STOPPED, START.plusDays(30),
                    EndReason.TASKS_UNSUITABLE));
        }
        // Two placements of one citizen are one citizen: still four behind the group.
        placements.add(ended("a9", "c5", CourseRecord.EndKind.STOPPED, START.plusDays(40),
                EndReason.TASKS_UNSUITABLE));
        List<Figure> figures = OutcomeFigures.of(placements, profiles, ANY, YEAR, TODAY);

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
        List<CourseRecord> placements = new ArrayList<>();
        placements.add(job("a0", "c0", hired, hired.plusMonths(3))); // ended on the day: not retained at 3
        placements.add(job("a1", "c1", hired, hired.plusMonths(3).plusDays(1))); // retained at 3
        placements.add(job("a2", "c2", hired, null));
        placements.add(job("a3", "c3", hired, null));
        placements.add(job("a4", "c4", hired, hired.plusDays(10)));
        // Hired too late for three months to have passed by today: not in the denominator.
        placements.add(job("a5", "c5", TODAY.minusMonths(3).plusDays(1), null));
        List<Figure> figures = OutcomeFigures.of(placements, profiles, ANY, YEAR, TODAY);

        Figure three = find(figures, Figure.Name.RETENTION_3_MONTHS, null);
        assertThat(three.value()).isEqualTo(0.6); // a1 a2 a3 of five
        assertThat(three.denominator()).isEqualTo(5);
        assertThat(find(figures, Figure.Name.RETENTION_6_MONTHS, null).value()).isEqualTo(0.4); // a2 a3
        // Twelve months after March 2027 is after today: nobody yet, suppressed.
        assertThat(find(figures, Figure.Name.RETENTION_12_MONTHS, null).suppressed()).isTrue();
    }

    @Test
    void daysToFirstPlacementTakeTheCitizensFirstPlacementOfAllAndTheFiltersApplyToThatOne() {
        List<CourseRecord> placements = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            profiles.put("c" + i, new OutcomeFigures.Profile(TargetGroup.FLEKSJOB, START.minusDays(10L * (i + 1))));
            placements.add(placement("a" + i, "c" + i, "emp-1", START));
        }
        // c0's second placement, at another employer: its first placement decides, and is at emp-1.
        placements.add(placement("b0", "c0", "emp-2", START.plusDays(100)));
        List<Figure> all = OutcomeFigures.of(placements, profiles, ANY, YEAR, TODAY);
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).value()).isEqualTo(30); // 10..50
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_P75, null).value()).isEqualTo(40);
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).denominator()).isEqualTo(5);

        List<Figure> atSecond = OutcomeFigures.of(placements, profiles,
                new OutcomeFigures.Filter(null, null, "emp-2"), YEAR, TODAY);
        assertThat(find(atSecond, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).suppressed()).isTrue();
        List<Figure> otherGroup = OutcomeFigures.of(placements, profiles,
                new OutcomeFigures.Filter(TargetGroup.INTEGRATION, null, null), YEAR, TODAY);
        assertThat(find(otherGroup, Figure.Name.PLACEMENTS_STARTED, null).suppressed()).isTrue();
    }

    @Test
    void aFirstPlacementThatStartedBeforeTheProfileWasCreatedSaysNothingAboutTheDaysToIt() {
        List<CourseRecord> placements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // c0's course was carried over: it started 20 days before its profile was made here.
            LocalDate created = i == 0 ? START.plusDays(20) : START.minusDays(10L * i);
            profiles.put("c" + i, new OutcomeFigures.Profile(TargetGroup.FLEKSJOB, created));
            placements.add(placement("a" + i, "c" + i, "emp-1", START));
        }
        List<Figure> all = OutcomeFigures.of(placements, profiles, ANY, YEAR, TODAY);
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).value()).isEqualTo(30); // 10..50
        assertThat(find(all, Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, null).denominator()).isEqualTo(5);
        assertThat(find(all, Figure.Name.PLACEMENTS_STARTED, null).value()).as("still a placement").isEqualTo(6);
    }

    @Test
    void hoursAreComparedOnlyWhereAFollowUpMeasuredThem() {
        List<CourseRecord> placements = new ArrayList<>();
        double[] start = {6, 7, 8, 9, 10, 12};
        Double[] latest = {8.0, 9.5, 10.0, 11.0, 12.0, null};
        for (int i = 0; i < start.length; i++) {
            placements.add(new CourseRecord("a" + i, "c" + i, "emp", "konsulent", START, start[i], latest[i], 0, 0, 4,
                    0, null, null, null, null, null, null));
        }
        List<Figure> figures = OutcomeFigures.of(placements, profiles, ANY, YEAR, TODAY);
        assertThat(find(figures, Figure.Name.HOURS_AT_START_MEDIAN, null).value()).isEqualTo(8); // 6 7 8 9 10
        assertThat(find(figures, Figure.Name.HOURS_LATEST_MEDIAN, null).value()).isEqualTo(10);
        assertThat(find(figures, Figure.Name.HOURS_LATEST_MEDIAN, null).denominator()).isEqualTo(5);
        assertThat(find(figures, Figure.Name.PLACEMENTS_STARTED, null).value()).isEqualTo(6);
        assertThat(find(figures, Figure.Name.VISITS_PLANNED, null).value()).isEqualTo(24);
        // No clause judged anywhere: nobody behind the share.
        assertThat(find(figures, Figure.Name.CLAUSES_MET_SHARE, null).suppressed()).isTrue();
    }

    private static CourseRecord placement(String id, String citizenId, String employerId, LocalDate start) {
        return new CourseRecord(id, citizenId, employerId, "konsulent", start, 8, null, 0, 0, 4, 0, null, null, null,
                null, null, null);
    }

    private static CourseRecord ended(String id, String citizenId, CourseRecord.EndKind kind, LocalDate date,
                                      EndReason reason) {
        return new CourseRecord(id, citizenId, "emp", "konsulent", START, 8, null, 0, 0, 4, 0, null, null, null, null,
                new CourseRecord.Ending(kind, date, reason), null);
    }

    private static CourseRecord job(String id, String citizenId, LocalDate hired, LocalDate jobEnded) {
        return new CourseRecord(id, citizenId, "emp", "konsulent", START, 8, null, 0, 0, 4, 0, null, null, null, null,
                new CourseRecord.Ending(CourseRecord.EndKind.HIRED, hired, null), jobEnded);
    }

    private static Figure find(List<Figure> figures, Figure.Name name, String group) {
        return figures.stream().filter(f -> f.name() == name && java.util.Objects.equals(f.group(), group))
                .findFirst().orElseThrow();
    }
}
