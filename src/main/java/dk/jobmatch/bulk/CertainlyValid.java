package dk.jobmatch.bulk;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A quick check in front of Bean Validation for import lines, which can only answer "certainly
 * valid": when it says no, the caller runs the validator as before, so every reported message and
 * field still comes from the validator. Built once per class from the same constraint metadata the
 * validator reads (the generated models' introspection), and stricter than it wherever the two
 * could differ: a class with a constraint not listed here is never vouched for; every nested model
 * and every collection's elements are checked whether or not they are marked {@code @Valid}; no
 * collection or map may hold a null (the contract's {@code @NoNullElements}, for every model);
 * numbers must pass their bounds however they are compared; an e-mail is vouched for only when
 * absent. Equivalence is tested over the contract's fuzz corpus ({@code CertainlyValidTest}).
 */
final class CertainlyValid {

    private static final String CONSTRAINTS = "jakarta.validation.constraints.";
    /** Class-level constraints this check covers by stricter rules of its own. */
    private static final Set<String> COVERED_CLASS_CONSTRAINTS = Set.of("dk.jobmatch.contract.NoNullElements");
    private static final Predicate<Object> NEVER = value -> false;

    private final Map<Class<?>, Predicate<Object>> models = new ConcurrentHashMap<>();

    /** True only if Bean Validation would find no violation in {@code bean}. */
    boolean test(Object bean) {
        return bean != null && model(bean.getClass()).test(bean);
    }

    private Predicate<Object> model(Class<?> type) {
        Predicate<Object> check = models.get(type);
        if (check == null) {
            check = build(type);
            models.putIfAbsent(type, check);
        }
        return check;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Predicate<Object> build(Class<?> type) {
        Optional<BeanIntrospection<Object>> found = (Optional) BeanIntrospector.SHARED.findIntrospection(type);
        if (found.isEmpty() || !onlyCovered(found.get().getAnnotationMetadata())) {
            return NEVER;
        }
        List<BeanProperty<Object, Object>> properties = new ArrayList<>();
        List<Predicate<Object>> checks = new ArrayList<>();
        for (BeanProperty<Object, Object> property : found.get().getBeanProperties()) {
            Predicate<Object> check = value(property.asArgument());
            if (check == null) {
                return NEVER;
            }
            properties.add(property);
            checks.add(check);
        }
        return bean -> {
            for (int i = 0; i < properties.size(); i++) {
                if (!checks.get(i).test(properties.get(i).get(bean))) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean onlyCovered(AnnotationMetadata metadata) {
        for (String name : metadata.getAnnotationNamesByStereotype(jakarta.validation.Constraint.class)) {
            if (!COVERED_CLASS_CONSTRAINTS.contains(name)) {
                return false;
            }
        }
        return true;
    }

    /** The check of a value with its constraints and those of its type arguments; null if any is unknown. */
    private Predicate<Object> value(Argument<?> argument) {
        List<Predicate<Object>> constraints = Constraints.of(argument.getAnnotationMetadata());
        if (constraints == null) {
            return null;
        }
        Argument<?>[] parameters = argument.getTypeParameters();
        Predicate<Object> elements = null;
        if (Collection.class.isAssignableFrom(argument.getType()) || Map.class.isAssignableFrom(argument.getType())) {
            // A map's values, or a collection's elements: the last type argument (a raw type: unknown).
            elements = parameters.length == 0 ? null : value(parameters[parameters.length - 1]);
            if (elements == null || parameters.length == 2 && !Constraints.none(parameters[0].getAnnotationMetadata())) {
                return null;
            }
        }
        Predicate<Object> contents = elements;
        return v -> {
            for (Predicate<Object> constraint : constraints) {
                if (!constraint.test(v)) {
                    return false;
                }
            }
            return v == null || structure(v, contents);
        };
    }

    /** Nested models checked as models, collections element by element (none null), plain values as they are. */
    private boolean structure(Object value, Predicate<Object> elements) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Temporal) {
            return true;
        }
        Iterable<?> contents = value instanceof Collection<?> collection ? collection
                : value instanceof Map<?, ?> map ? map.values() : null;
        if (contents != null) {
            if (elements == null) {
                return false;
            }
            for (Object element : contents) {
                if (element == null || !elements.test(element)) {
                    return false;
                }
            }
            return true;
        }
        return model(value.getClass()).test(value);
    }

    /** The constraints of one value, each as a predicate that is true only where the validator's is. */
    private static final class Constraints {

        private static final Set<String> MARKERS = Set.of("jakarta.validation.Valid");

        static boolean none(AnnotationMetadata metadata) {
            return metadata.getAnnotationNamesByStereotype(jakarta.validation.Constraint.class).isEmpty()
                    && metadata.getAnnotationNames().stream().noneMatch(n -> n.startsWith("jakarta.validation."));
        }

        /** Null if the metadata holds a constraint (or a validation annotation) not known here. */
        static List<Predicate<Object>> of(AnnotationMetadata metadata) {
            List<String> constraints = metadata.getAnnotationNamesByStereotype(jakarta.validation.Constraint.class);
            for (String name : metadata.getAnnotationNames()) {
                // Repeatable constraints are held in their containers (Size$List), read below by name.
                boolean held = name.endsWith("$List") && constraints.contains(name.substring(0, name.length() - 5));
                if (!held && !MARKERS.contains(name) && (name.startsWith("jakarta.validation.")
                        || name.startsWith("javax.validation."))) {
                    return null;
                }
            }
            List<Predicate<Object>> checks = new ArrayList<>();
            for (String name : constraints) {
                if (COVERED_CLASS_CONSTRAINTS.contains(name)) {
                    continue;
                }
                List<? extends AnnotationValue<?>> values = metadata.getAnnotationValuesByName(name);
                if (values.isEmpty()) {
                    return null;
                }
                for (AnnotationValue<?> annotation : values) {
                    Predicate<Object> check = annotation.classValues("groups").length > 0 ? null : of(name, annotation);
                    if (check == null) {
                        return null;
                    }
                    checks.add(check);
                }
            }
            return checks;
        }

        private static Predicate<Object> of(String name, AnnotationValue<?> annotation) {
            if (!name.startsWith(CONSTRAINTS)) {
                return null;
            }
            return switch (name.substring(CONSTRAINTS.length())) {
                case "NotNull" -> v -> v != null;
                case "Size" -> size(annotation.intValue("min").orElse(0), annotation.intValue("max").orElse(Integer.MAX_VALUE));
                case "Pattern" -> annotation.stringValues("flags").length > 0 ? null
                        : pattern(Pattern.compile(annotation.stringValue("regexp").orElseThrow()));
                case "Min" -> integral(annotation.longValue().orElseThrow(), true);
                case "Max" -> integral(annotation.longValue().orElseThrow(), false);
                case "DecimalMin" -> decimal(new BigDecimal(annotation.stringValue().orElseThrow()),
                        annotation.booleanValue("inclusive").orElse(true), true);
                case "DecimalMax" -> decimal(new BigDecimal(annotation.stringValue().orElseThrow()),
                        annotation.booleanValue("inclusive").orElse(true), false);
                case "Email" -> v -> v == null;
                default -> null;
            };
        }

        private static Predicate<Object> size(int min, int max) {
            return v -> {
                int size;
                if (v == null) {
                    return true;
                } else if (v instanceof CharSequence text) {
                    size = text.length();
                } else if (v instanceof Collection<?> collection) {
                    size = collection.size();
                } else if (v instanceof Map<?, ?> map) {
                    size = map.size();
                } else {
                    return false;
                }
                return size >= min && size <= max;
            };
        }

        private static Predicate<Object> pattern(Pattern pattern) {
            return v -> v == null || v instanceof CharSequence text && pattern.matcher(text).matches();
        }

        /** Whole numbers only: for a fraction the validator's rounding is not this check's to guess. */
        private static Predicate<Object> integral(long bound, boolean min) {
            return v -> v == null || isWhole(v)
                    && (min ? ((Number) v).longValue() >= bound : ((Number) v).longValue() <= bound);
        }

        /**
         * A double passes only if it passes both as its exact binary value and as its shortest
         * decimal. Both lie within half an ulp of the double, and the bound within half an ulp of
         * its nearest double, so a double further from that than a few ulps of either is on the
         * same side of the bound both ways: decided without the two BigDecimals (a coordinate's
         * were a fifth of reading an import line).
         */
        private static Predicate<Object> decimal(BigDecimal bound, boolean inclusive, boolean min) {
            double near = bound.doubleValue();
            return v -> {
                if (v == null) {
                    return true;
                }
                if (isWhole(v)) {
                    return within(BigDecimal.valueOf(((Number) v).longValue()), bound, inclusive, min);
                }
                if (v instanceof Double d && Double.isFinite(d)) {
                    double above = d - near;
                    double margin = 4 * (Math.ulp(near) + Math.ulp(d));
                    if (above > margin || above < -margin) {
                        return min == (above > 0);
                    }
                }
                if (v instanceof Double || v instanceof Float) {
                    double d = ((Number) v).doubleValue();
                    return Double.isFinite(d) && within(new BigDecimal(d), bound, inclusive, min)
                            && within(new BigDecimal(v.toString()), bound, inclusive, min);
                }
                return v instanceof BigDecimal decimal && within(decimal, bound, inclusive, min);
            };
        }

        private static boolean isWhole(Object value) {
            return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
        }

        private static boolean within(BigDecimal value, BigDecimal bound, boolean inclusive, boolean min) {
            int comparison = min ? value.compareTo(bound) : bound.compareTo(value);
            return inclusive ? comparison >= 0 : comparison > 0;
        }
    }
}
