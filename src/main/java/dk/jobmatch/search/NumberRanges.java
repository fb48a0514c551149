package dk.jobmatch.search;

import org.apache.lucene.document.DoubleField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/** A range of numbers indexed as its two ends, and the "overlaps" filter over them. */
final class NumberRanges {

    private NumberRanges() {
    }

    static String min(String field) {
        return field + "#min";
    }

    static String max(String field) {
        return field + "#max";
    }

    /** Ranges sharing at least one value with [min, max]: they start by max and end from min. */
    static Query overlaps(Criterion.Overlaps range) {
        return new BooleanQuery.Builder()
                .add(DoubleField.newRangeQuery(min(range.field()), Double.NEGATIVE_INFINITY, range.max()), Occur.FILTER)
                .add(DoubleField.newRangeQuery(max(range.field()), range.min(), Double.POSITIVE_INFINITY), Occur.FILTER)
                .build();
    }
}
