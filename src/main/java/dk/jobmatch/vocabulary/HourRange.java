package dk.jobmatch.vocabulary;

/** Hours per week, inclusive on both ends. */
public record HourRange(double min, double max) {

    public boolean overlaps(HourRange other) {
        return min <= other.max && other.min <= max;
    }

    public boolean contains(double hours) {
        return hours >= min && hours <= max;
    }

    /** Hours are planned in half-hour steps. */
    public static boolean isHalfHourStep(double hours) {
        return hours * 2 == Math.rint(hours * 2);
    }
}
