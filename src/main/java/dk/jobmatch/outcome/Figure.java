package dk.jobmatch.outcome;

import io.micronaut.core.annotation.Nullable;

/**
 * One figure of the report: its value over its denominator (null for counts), and whether it was
 * suppressed because fewer than {@link OutcomeFigures#MINIMUM_CITIZENS} citizens are behind it (then
 * value and denominator are null). {@code group} names the part of the figure a row counts (an end
 * reason), null for the whole.
 */
record Figure(Name name, @Nullable String group, @Nullable Double value, @Nullable Long denominator, Unit unit,
              boolean suppressed) {

    enum Name {
        PLACEMENTS_STARTED, PLACEMENTS_ACTIVE, PLACEMENTS_ENDED, PLACEMENTS_HIRED, PLACEMENTS_ORDINARY_HOURS,
        PLACEMENTS_STOPPED, HOURS_AT_START_MEDIAN, HOURS_LATEST_MEDIAN, CLAUSES_MET_SHARE,
        DAYS_TO_FIRST_PLACEMENT_MEDIAN, DAYS_TO_FIRST_PLACEMENT_P75, RETENTION_3_MONTHS, RETENTION_6_MONTHS,
        RETENTION_12_MONTHS, WHO5_FIRST_MEAN, WHO5_LATEST_MEAN, GSE_FIRST_MEAN, GSE_LATEST_MEAN,
        VISITS_PLANNED, VISITS_DONE
    }

    enum Unit { COUNT, HOURS_PER_WEEK, SHARE, DAYS, SCORE }
}
