package dk.jobmatch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a top-level package's {@code package-info.java}: the other top-level packages of ours its
 * classes may use, by their last name ("common", "vocabulary"; "api" is the generated contract).
 * ArchitectureTest reads it, so each package states its own boundary and a new package needs no
 * edit of anyone else's rules (the idea of Spring Modulith's {@code allowedDependencies}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface AllowedDependencies {

    String[] value() default {};
}
