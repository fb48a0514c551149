package dk.jobmatch.vocabulary;

import dk.jobmatch.common.FieldViolation;

import java.util.List;

/** The hour rules every write shares: half-hour steps, and a range whose min is not above its max. */
public final class HourChecks {

    private HourChecks() {
    }

    public static void halfHours(List<FieldViolation> errors, String field, double hours) {
        if (!HourRange.isHalfHourStep(hours)) {
            errors.add(new FieldViolation(field, "must be given in half-hour steps"));
        }
    }

    public static void range(List<FieldViolation> errors, String field, HourRange range) {
        halfHours(errors, field + ".min", range.min());
        halfHours(errors, field + ".max", range.max());
        if (range.min() > range.max()) {
            errors.add(new FieldViolation(field, "min must not be greater than max"));
        }
    }
}
