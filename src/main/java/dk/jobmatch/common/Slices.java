package dk.jobmatch.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A list cut into consecutive slices of at most a given size, for queries whose {@code IN} list
 * must stay short (H2 compares each row with the whole list, one id at a time; PostgreSQL and
 * JDBC drivers bound a statement's parameters).
 */
public final class Slices {

    private Slices() {
    }

    /** Views of {@code list}, in order, each of {@code size} elements but the last; none for an empty list. */
    public static <T> List<List<T>> of(List<T> list, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a slice holds at least one element, not " + size);
        }
        List<List<T>> slices = new ArrayList<>((list.size() + size - 1) / size);
        for (int from = 0; from < list.size(); from += size) {
            slices.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return slices;
    }
}
