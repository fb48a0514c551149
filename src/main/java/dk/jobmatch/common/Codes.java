package dk.jobmatch.common;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of codes kept in declaration order, and their compact text form in the database. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> Set<E> sorted(Class<E> type, Collection<E> codes) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (codes != null) {
            set.addAll(codes);
        }
        return Collections.unmodifiableSet(set);
    }

    public static String join(Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> parse(Class<E> type, String joined) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (joined != null && !joined.isBlank()) {
            for (String code : joined.split(",")) {
                set.add(Enum.valueOf(type, code));
            }
        }
        return Collections.unmodifiableSet(set);
    }
}
