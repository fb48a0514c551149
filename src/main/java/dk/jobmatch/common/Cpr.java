package dk.jobmatch.common;

import java.util.regex.Pattern;

/**
 * Recognises text that looks like a Danish CPR number (6 digits, an optional dash or space, 4
 * digits, not part of a longer number). CPR numbers must never be stored, so any such text is
 * refused rather than checked for a valid date.
 */
public final class Cpr {

    private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)\\d{6}[- ]?\\d{4}(?!\\d)");

    private Cpr() {
    }

    public static boolean appearsIn(String text) {
        return text != null && CPR_LIKE.matcher(text).find();
    }
}
