package dk.jobmatch.contract;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;

/**
 * Checks one model's own lists and maps; nested models are reached by the {@code @Valid} cascade
 * the generator already puts on them, so each null is reported once, under its full path.
 */
@Singleton
class NoNullElementsValidator implements ConstraintValidator<NoNullElements, Object> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean isValid(@Nullable Object bean, AnnotationValue<NoNullElements> annotation,
                           ConstraintValidatorContext context) {
        if (bean == null) {
            return true;
        }
        BeanIntrospection<Object> introspection =
                (BeanIntrospection) BeanIntrospector.SHARED.getIntrospection(bean.getClass());
        boolean valid = true;
        for (BeanProperty<Object, Object> property : introspection.getBeanProperties()) {
            Object value = property.get(bean);
            if (value instanceof Collection<?> elements) {
                int index = 0;
                for (Object element : elements) {
                    if (element == null) {
                        valid = false;
                        report(context, property.getName() + "[" + index + "]");
                    }
                    index++;
                }
            } else if (value instanceof Map<?, ?> entries) {
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    if (entry.getValue() == null) {
                        valid = false;
                        report(context, property.getName() + "." + entry.getKey());
                    }
                }
            }
        }
        return valid;
    }

    /** The element's path is one property node ("demands[1]"), as clients read it in problem+json. */
    private static void report(ConstraintValidatorContext context, String path) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("must not be null").addPropertyNode(path).addConstraintViolation();
    }
}
