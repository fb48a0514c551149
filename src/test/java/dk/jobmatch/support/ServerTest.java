package dk.jobmatch.support;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Tag;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class against the running service: Micronaut starts the application context and the
 * embedded server for it in the "test" environment ({@code @MicronautTest(environments = "test")}),
 * and JUnit tags it {@value Tiers#SERVER}, the tag the fast tier ({@code ./jobmatch check}) leaves out.
 * Tests that start their own contexts (restarts, replicas) carry {@code @Tag(Tiers.SERVER)} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MicronautTest(environments = "test")
@Tag(Tiers.SERVER)
public @interface ServerTest {
}
