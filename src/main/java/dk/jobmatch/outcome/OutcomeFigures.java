package dk.jobmatch.outcome;

import dk.jobmatch.vocabulary.EndReason;
import dk.jobmatch.vocabulary.TargetGroup;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's figures, in their order, from what the database aggregated ({@link OutcomeQueries}):
 * each rounded as docs/outcomes.md says, and suppressed when fewer than {@link #MINIMUM_CITIZENS}
 * different citizens are behind it (nobody at all is under 5 too). No figure is computed here: the
 * values are the database's.
 */
final class OutcomeFigures {

    /** Figures behind fewer citizens than this are suppressed (null value, suppressed true). */
    static final int MINIMUM_CITIZENS = 5;
    /** The group of PLACEMENTS_ENDED for endings recorded without a reason code. */
    static final String UNCODED = "UNCODED";
    static final List<Integer> RETENTION_MONTHS = List.of(3, 6, 12);

    private OutcomeFigures() {
    }

    /** The filters of the request; null means any. */
    record Filter(@Nullable TargetGroup targetGroup, @Nullable String consultant, @Nullable String employerId) {
    }

    static List<Figure> of(Map<String, OutcomeQueries.Aggregate> aggregates) {
        List<Figure> figures = new ArrayList<>();
        for (Figure.Name name : Figure.Name.values()) {
            figures.add(figure(aggregates, name, null));
            if (name == Figure.Name.PLACEMENTS_ENDED) {
                for (EndReason reason : EndReason.values()) {
                    figures.add(figure(aggregates, name, reason.name()));
                }
                figures.add(figure(aggregates, name, UNCODED));
            }
        }
        return figures;
    }

    private static Figure figure(Map<String, OutcomeQueries.Aggregate> aggregates, Figure.Name name,
                                 @Nullable String group) {
        OutcomeQueries.Aggregate aggregate = aggregates.get(OutcomeQueries.key(name.name(), group));
        Figure.Unit unit = unit(name);
        if (aggregate.citizens() < MINIMUM_CITIZENS) {
            return new Figure(name, group, null, null, unit, true);
        }
        Double value = aggregate.value() == null ? null : round(aggregate.value(), decimals(unit));
        return new Figure(name, group, value, unit == Figure.Unit.COUNT ? null : aggregate.denominator(), unit,
                false);
    }

    private static Figure.Unit unit(Figure.Name name) {
        return switch (name) {
            case HOURS_AT_START_MEDIAN, HOURS_LATEST_MEDIAN -> Figure.Unit.HOURS_PER_WEEK;
            case CLAUSES_MET_SHARE, RETENTION_3_MONTHS, RETENTION_6_MONTHS, RETENTION_12_MONTHS -> Figure.Unit.SHARE;
            case DAYS_TO_FIRST_PLACEMENT_MEDIAN, DAYS_TO_FIRST_PLACEMENT_P75 -> Figure.Unit.DAYS;
            case WHO5_FIRST_MEAN, WHO5_LATEST_MEAN, GSE_FIRST_MEAN, GSE_LATEST_MEAN -> Figure.Unit.SCORE;
            default -> Figure.Unit.COUNT;
        };
    }

    /** Hours to 2 decimals, days and scores to 1, shares to 3; counts are whole. */
    private static int decimals(Figure.Unit unit) {
        return switch (unit) {
            case HOURS_PER_WEEK -> 2;
            case DAYS, SCORE -> 1;
            case SHARE -> 3;
            case COUNT -> 0;
        };
    }

    /** Rounded half up to this many decimals, so 47.25 shows as 47.3 at one decimal. */
    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
