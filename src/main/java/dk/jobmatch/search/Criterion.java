package dk.jobmatch.search;

/**
 * A hard filter on candidates, described without Lucene types. Filters only narrow the candidate
 * set cheaply; callers verify their exact rules on what comes back, so a filter may let a little
 * more through than the rule (never less).
 */
public sealed interface Criterion {

    /** The keyword field holds this value. */
    record Is(String field, String value) implements Criterion {
    }

    /** The keyword field does not hold this value. */
    record IsNot(String field, String value) implements Criterion {
    }

    /** The indexed number range overlaps [min, max]. */
    record Overlaps(String field, double min, double max) implements Criterion {
    }

    /** The indexed point is at most {@code km} away, or the document has no point at all. */
    record WithinKm(String field, double lat, double lon, double km) implements Criterion {
    }

    /** The indexed area contains the point, or the document has no area (no limit) at all. */
    record Reaches(String field, double lat, double lon) implements Criterion {
    }
}
