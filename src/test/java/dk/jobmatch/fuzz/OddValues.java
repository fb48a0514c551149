package dk.jobmatch.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Hostile leaf values: hand-picked ones (direction overrides, NUL, emoji sequences, combining
 * marks, lone surrogates, query and markup syntax, CPR-like numbers) and random ones drawn from
 * the plan's seeded {@link Random}: strings over all of plane 0 (unpaired surrogates and
 * noncharacters included), runs of surrogates, piles of combining marks, Unicode whitespace, and
 * numbers from random bit patterns.
 */
final class OddValues {

    static final List<String> CURATED = List.of(
            "", " ", "\t", "\r\n", "\u00a0", "\u202Eevil\u202C", "\u200F\u05e9\u05dc\u05d5\u05dd", "nul\u0000byte",
            "\u0000", "\u0001\u001f\u007f", "🙂", "👩‍👩‍👧‍👦", "🇩🇰", "e\u0301\u0301\u0301\u0301\u0301", "Z̷̢̛̺͔̈́a̸͇͑l̷͎̈́g̵̲̈o̸̻̐",
            "\ud800", "\udc00", "\udc00\ud800", "a\ud83d", "\ufeffbom", "\uffff", "\ufffe", "\u200b\u200c\u200d",
            "\u2028\u2029", "\u0085", "ÆØÅ æøå", "漢字かな", "مرحبا", "Ǆǅǆ", "ﬃ", "İı", "ß", "\uD834\uDD1E",
            "'; DROP TABLE citizen; --", "\" OR \"1\"=\"1", "title:(a OR", "*:*", "\\", "\"", "${jndi:ldap://x/a}",
            "<script>alert(1)</script>", "%00", "../../etc/passwd", "{{7*7}}", "0101901234", "010190-1234",
            "null", "undefined", "true", "NaN", "-0", "1e400", "[]", "{}");

    private static final String WHITESPACE = " \t\n\r\u000b\f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
            + "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u180e\u200b\ufeff";

    String string(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> CURATED.get(random.nextInt(CURATED.size()));
            case 2 -> chars(random, 1 + random.nextInt(40), '\u0000', '\uffff');
            case 3 -> chars(random, 1 + random.nextInt(6), '\ud800', '\udfff');
            case 4 -> "a" + chars(random, 1 + random.nextInt(200), '\u0300', '\u036f');
            default -> {
                StringBuilder text = new StringBuilder();
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    text.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
                }
                yield text.toString();
            }
        };
    }

    private static String chars(Random random, int length, char from, char to) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (from + random.nextInt(to - from + 1)));
        }
        return text.toString();
    }

    /** Any double (NaN and the infinities included) or long, from random bits. */
    Object anyNumber(Random random) {
        return random.nextBoolean() ? Double.longBitsToDouble(random.nextLong()) : random.nextLong();
    }
}
