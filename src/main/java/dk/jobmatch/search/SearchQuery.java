package dk.jobmatch.search;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A free-text search over one entity type. Blank text lists everything, newest first.
 *
 * @param textFields     fields to search, with their weights
 * @param filters        keyword field -> required value
 * @param excluded       keyword field -> value a hit must not have
 * @param newestFirstBy  a {@link IndexDocument.SortableLong} field that orders ties and blank searches
 */
public record SearchQuery(String type, String text, Map<String, Float> textFields,
                          Map<String, String> filters, Map<String, String> excluded, String newestFirstBy,
                          int offset, int limit) {

    public SearchQuery {
        // Sorted, not Map.copyOf, whose order is salted afresh in every JVM: the parser adds a
        // clause per field in this order, and the order of a float sum can move a tie.
        textFields = Collections.unmodifiableSortedMap(new TreeMap<>(textFields));
        filters = Map.copyOf(filters);
        excluded = Map.copyOf(excluded);
    }

    public SearchQuery(String type, String text, Map<String, Float> textFields, Map<String, String> filters,
                       String newestFirstBy, int offset, int limit) {
        this(type, text, textFields, filters, Map.of(), newestFirstBy, offset, limit);
    }
}
