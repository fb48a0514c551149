package dk.jobmatch.common;

import java.util.Arrays;
import java.util.List;

/**
 * Lists of short phrases (competences) kept in one text column. Phrases are validated to hold no
 * control characters, so a newline separates them unambiguously.
 */
public final class TextLists {

    private static final String SEPARATOR = "\n";

    private TextLists() {
    }

    public static String join(List<String> phrases) {
        return String.join(SEPARATOR, phrases);
    }

    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    /** Whether a phrase can be stored: not blank and free of control characters. */
    public static boolean isStorable(String phrase) {
        return !phrase.isBlank() && phrase.chars().noneMatch(Character::isISOControl);
    }
}
