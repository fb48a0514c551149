package dk.jobmatch.contract;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * No array or map of the contract holds a {@code null} element. The OpenAPI generator puts a
 * type-use {@code @NotNull} only on constrained string items, so the build adds this to every
 * generated model instead ({@code additionalModelTypeAnnotations} in the pom): Bean Validation
 * then reports each null element with its path, for request bodies and import lines alike.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Constraint(validatedBy = {})
public @interface NoNullElements {

    String message() default "must not be null";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
