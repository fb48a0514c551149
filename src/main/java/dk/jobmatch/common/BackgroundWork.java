package dk.jobmatch.common;

import io.micronaut.context.annotation.Requires;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a bean that works in the background of the running service: scheduled jobs, start-up repairs
 * and seeding, the search index's synchronisation. An offline tool (the weight evaluation,
 * {@code ./jobmatch evaluate-weights}) starts the application context with
 * {@value #OFFLINE}{@code =true} and no HTTP server; then these beans do not exist, so the tool
 * reads the service's database and changes nothing in it or in the search index. The service
 * itself never sets the property.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Requires(property = BackgroundWork.OFFLINE, notEquals = "true")
public @interface BackgroundWork {

    /** The property an offline tool sets to leave out every background bean. */
    String OFFLINE = "jobmatch.offline";
}
