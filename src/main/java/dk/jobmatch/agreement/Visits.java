package dk.jobmatch.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * Workplace visits in the first six months of a course against the plan (at least four by default,
 * report 004). The schedule counted is the plan's visit dates in those months when there are at
 * least four of them; a plan with fewer falls back on the default schedule (weeks 2, 8, 14 and 20,
 * as drafted), because the minimum still applies and a consultant expects to be told when the
 * visits fall behind it, not when they fall behind a plan that was thinned out. So {@code planned}
 * is never below four, and {@code onPace} compares the WORKPLACE_VISIT follow-ups done in the six
 * months with the scheduled dates reached by today. The outcome figures count the same in SQL
 * (outcome/OutcomeQueries) with these two numbers.
 */
public final class Visits {

    /** The visits every course plans in its first {@link #MONTHS} months, at least. */
    public static final int MINIMUM = AgreementDrafter.COMPANY_VISITS_FIRST_HALF_YEAR;
    public static final int MONTHS = 6;

    private Visits() {
    }

    record Pace(int planned, int done, boolean onPace) {
    }

    static Pace of(AgreementContent content, List<FollowUp> followUps, LocalDate today) {
        LocalDate start = content.startDate();
        LocalDate end = start.plusMonths(MONTHS);
        List<LocalDate> planned = content.followUp().companyVisits().stream()
                .filter(d -> !d.isBefore(start) && d.isBefore(end)).toList();
        List<LocalDate> schedule = planned.size() >= MINIMUM ? planned : AgreementDrafter.defaultVisits(start);
        long dueByToday = schedule.stream().filter(d -> !d.isAfter(today)).count();
        int done = (int) followUps.stream()
                .filter(f -> f.workplaceVisit() && !f.date().isBefore(start) && f.date().isBefore(end)).count();
        return new Pace(schedule.size(), done, done >= dueByToday);
    }
}
