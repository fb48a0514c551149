package dk.jobmatch.common;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong reading JSON into the generated model, said without internals: serde messages
 * name internal classes, so only a field's path and an offending code are passed on.
 * <p>
 * Serde names at most the innermost property it was decoding ({@code demands}), never where it is
 * ({@code tasks[1].demands[0]}), and for a value of the wrong type no property at all; its
 * exceptions carry no path. So the path is found again from the JSON itself ({@link #locate}): the
 * first value, in document order, that does not read as the type the model declares for it, by the
 * same mapper, descending into objects and arrays until the value that fails alone.
 */
public final class ReadErrors {

    private static final Pattern PROPERTY = Pattern.compile("decoding property \\[(?:[^\\]]*\\s)?(\\w+)]");
    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final Pattern UNKNOWN_CODE = Pattern.compile("^Unexpected value '(.{0,60})'");

    private ReadErrors() {
    }

    /** The one violation to report for unreadable JSON, for a body or one line of a bulk import. */
    public static FieldViolation describe(Throwable exception) {
        return describe(exception, innermostProperty(exception));
    }

    /**
     * As {@link #describe(Throwable)}, with the full path of the field found in the JSON that was
     * read as {@code type}; the innermost property serde names when the JSON cannot be searched.
     */
    public static FieldViolation describe(Throwable exception, JsonMapper mapper, byte[] json, Argument<?> type) {
        String path = locate(mapper, json, type);
        return describe(exception, path != null ? path : innermostProperty(exception));
    }

    private static FieldViolation describe(Throwable exception, String field) {
        if (field != null && says(exception, CalendarDates.NOT_A_DATE)) {
            return new FieldViolation(field, "is not a date from 0001-01-01 to 9999-12-31 (yyyy-mm-dd)");
        }
        String code = unknownCode(exception);
        if (code != null) {
            return new FieldViolation(field == null ? "body" : field, "unknown code '" + code + "'");
        }
        return field == null
                ? new FieldViolation("body", "is not a valid JSON object for this operation")
                : new FieldViolation(field, "has the wrong type");
    }

    /**
     * The path ({@code tasks[1].hourType}) of the first value in {@code json} that cannot be read as
     * the type {@code type} declares for it; null when the JSON is not well-formed, or every value
     * reads on its own (the fault is then in the whole, e.g. the body is an array).
     */
    public static String locate(JsonMapper mapper, byte[] json, Argument<?> type) {
        JsonNode node;
        try {
            node = mapper.readValue(json, Argument.of(JsonNode.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (node == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        Argument<?> current = type;
        // Each step moves to a child that fails alone; a JSON document is finite, so this ends.
        while (true) {
            Step next = failingChild(mapper, node, current);
            if (next == null) {
                return path.isEmpty() ? null : path.toString();
            }
            if (next.name() != null) {
                path.append(path.isEmpty() ? "" : ".").append(next.name());
            } else {
                path.append('[').append(next.index()).append(']');
            }
            node = next.node();
            current = next.type();
        }
    }

    private record Step(String name, int index, JsonNode node, Argument<?> type) {
    }

    private static Step failingChild(JsonMapper mapper, JsonNode node, Argument<?> type) {
        if (node.isArray() && Iterable.class.isAssignableFrom(type.getType())) {
            Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
            for (int i = 0; i < node.size(); i++) {
                if (!reads(mapper, node.get(i), element)) {
                    return new Step(null, i, node.get(i), element);
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (Map.class.isAssignableFrom(type.getType())) {
            Argument<?> value = type.getTypeParameters().length == 2 ? type.getTypeParameters()[1] : Argument.OBJECT_ARGUMENT;
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                if (!reads(mapper, entry.getValue(), value)) {
                    return new Step(entry.getKey(), 0, entry.getValue(), value);
                }
            }
            return null;
        }
        Optional<? extends BeanIntrospection<?>> bean = BeanIntrospector.SHARED.findIntrospection(type.getType());
        if (bean.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            Optional<Argument<?>> property = propertyType(bean.get(), entry.getKey());
            if (property.isPresent() && !reads(mapper, entry.getValue(), property.get())) {
                return new Step(entry.getKey(), 0, entry.getValue(), property.get());
            }
        }
        return null;
    }

    /** The declared type of the property a JSON key names (its @JsonProperty name, or else its own). */
    private static Optional<Argument<?>> propertyType(BeanIntrospection<?> bean, String key) {
        for (BeanProperty<?, ?> property : bean.getBeanProperties()) {
            String name = property.stringValue(JSON_PROPERTY).orElse(property.getName());
            if (name.equals(key)) {
                return Optional.of(property.asArgument());
            }
        }
        return Optional.empty();
    }

    private static boolean reads(JsonMapper mapper, JsonNode node, Argument<?> type) {
        try {
            mapper.readValueFromTree(node, type);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean says(Throwable exception, String text) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost property being decoded when it failed; null if none is named. */
    static String innermostProperty(Throwable exception) {
        String property = null;
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
            while (matcher.find()) {
                property = matcher.group(1);
            }
        }
        return property;
    }

    /** The code a generated enum rejected, found anywhere in the cause chain; null if none. */
    static String unknownCode(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                Matcher matcher = UNKNOWN_CODE.matcher(String.valueOf(t.getMessage()));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
