package dk.jobmatch.fuzz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzz's own JSON writer, so that a request can hold what a library would refuse to write: a
 * lone surrogate as {@code "\ud800"}, a number literal no double can hold ({@link Raw}), a key
 * twice. Control characters and unpaired surrogates are written as escapes, everything else as
 * UTF-8. Trees are {@link LinkedHashMap}, {@link ArrayList}, String, Number, Boolean, null, Raw.
 */
public final class Json {

    /** JSON text written as it is, e.g. {@code 1e400} or a nested structure built as text. */
    public record Raw(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Raw raw -> out.append(raw.text());
            case String text -> string(text, out);
            case Boolean bool -> out.append(bool);
            case Double d when d.isNaN() || d.isInfinite() -> out.append(d.isNaN() ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> out.append(BigDecimal.valueOf(d).toBigInteger())
                    .append(".0");
            case Number number -> out.append(number);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (Character.isSurrogate(c) && !paired)) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (paired) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** A deep copy of a tree, so that a mutation never touches the example it started from. */
    @SuppressWarnings("unchecked")
    public static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
