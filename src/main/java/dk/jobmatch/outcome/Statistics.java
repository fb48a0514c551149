package dk.jobmatch.outcome;

import java.util.Collection;
import java.util.List;

/**
 * Percentiles and means of small lists, computed in Java: H2 and PostgreSQL spell percentiles
 * differently, and the values come from placements judged in Java anyway. A percentile is the
 * continuous one of PostgreSQL's {@code percentile_cont} (linear interpolation between the two
 * nearest ranks, position p * (n - 1) from 0), so the median of an even count is the mean of the
 * two middle values, and an analyst's SQL over the same rows gives the same number.
 */
final class Statistics {

    private Statistics() {
    }

    /** The p-th percentile (0 to 1) of the values; undefined (an exception) for none. */
    static double percentile(Collection<? extends Number> values, double p) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p must be between 0 and 1");
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    static double median(Collection<? extends Number> values) {
        return percentile(values, 0.5);
    }

    static double mean(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        return values.stream().mapToDouble(Number::doubleValue).sum() / values.size();
    }

    /** Rounded half up to this many decimals, so 47.25 shows as 47.3 at one decimal. */
    static double round(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
