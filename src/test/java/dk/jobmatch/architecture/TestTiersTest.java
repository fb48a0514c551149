package dk.jobmatch.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The test tiers cannot drift: a test class that starts the service, itself or through a helper
 * of the test sources, is tagged {@value Tiers#SERVER} (so {@code ./jobmatch check}, which leaves
 * that tag out, stays free of servers and databases), one that drives a browser is tagged
 * {@value Tiers#BROWSER}, and one tagged {@value Tiers#NO_DATABASE} (left out of the PostgreSQL
 * run) uses no database and no HTTP API.
 */
class TestTiersTest {

    // By name: class literals here would make this test "start the service" by its own rule.
    private static final String MICRONAUT_TEST = "io.micronaut.test.extensions.junit5.annotation.MicronautTest";
    private static final Set<String> STARTS_THE_SERVICE = Set.of(MICRONAUT_TEST,
            "io.micronaut.context.ApplicationContext", "io.micronaut.context.ApplicationContextBuilder",
            "io.micronaut.runtime.Micronaut", "io.micronaut.runtime.server.EmbeddedServer");

    private static JavaClasses tests;

    @BeforeAll
    static void importTestClasses() {
        tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dk.jobmatch");
    }

    @Test
    void everyMicronautTestIsTaggedServer() {
        classes().that().areMetaAnnotatedWith(MICRONAUT_TEST).and().areNotAnnotations()
                .should(beTagged(Tiers.SERVER))
                .because("./jobmatch check runs every test class without the server tag")
                .check(tests);
    }

    @Test
    void everyTestThatStartsTheServiceIsTaggedServer() {
        classes().that(declareTests()).and(reach("start the service", STARTS_THE_SERVICE::contains))
                .should(beTagged(Tiers.SERVER))
                .because("./jobmatch check runs every test class without the server tag")
                .check(tests);
    }

    @Test
    void everyTestThatDrivesABrowserIsTaggedBrowser() {
        classes().that(declareTests()).and(reach("drive a browser", name -> name.startsWith("org.openqa.selenium.")))
                .should(beTagged(Tiers.BROWSER))
                .because("the PostgreSQL run and ./jobmatch check leave browser tests out by that tag")
                .check(tests);
    }

    @Test
    void aTestTaggedNoDatabaseReachesNoDatabaseNorTheApi() {
        // The PostgreSQL run leaves these out, so one that reads a table there would go untested on it.
        noClasses().that(declareTests()).and(beTaggedWith(Tiers.NO_DATABASE))
                .should(ArchCondition.from(reach("use a database or the HTTP API", name -> name.startsWith("javax.sql.")
                        || name.startsWith("java.sql.") || name.startsWith("io.micronaut.data.")
                        || name.startsWith("io.restassured.") || name.equals("dk.jobmatch.support.Api")
                        || name.equals("dk.jobmatch.support.Tables"))))
                .check(tests);
    }

    private static DescribedPredicate<JavaClass> beTaggedWith(String tag) {
        return DescribedPredicate.describe("are tagged " + tag, c -> tagged(c, tag));
    }

    private static boolean tagged(JavaClass item, String tag) {
        return AnnotationSupport.findRepeatableAnnotations(item.reflect(), Tag.class).stream()
                .anyMatch(t -> t.value().equals(tag));
    }

    private static DescribedPredicate<JavaClass> declareTests() {
        return DescribedPredicate.describe("declare tests", c -> c.getMethods().stream()
                .anyMatch(m -> m.isMetaAnnotatedWith(Testable.class)));
    }

    /** Uses a class whose name matches, directly or through the test sources' own classes (helpers, supertypes). */
    private static DescribedPredicate<JavaClass> reach(String what, Predicate<String> target) {
        return DescribedPredicate.describe(what, start -> {
            Deque<JavaClass> todo = new ArrayDeque<>();
            Set<String> seen = new HashSet<>();
            todo.add(start);
            while (!todo.isEmpty()) {
                JavaClass current = todo.removeFirst();
                if (!seen.add(current.getName())) {
                    continue;
                }
                for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
                    JavaClass used = dependency.getTargetClass();
                    if (target.test(used.getName())) {
                        return true;
                    }
                    if (tests.contain(used.getName())) {
                        todo.add(tests.get(used.getName()));
                    }
                }
            }
            return false;
        });
    }

    private static ArchCondition<JavaClass> beTagged(String tag) {
        return new ArchCondition<>("be tagged " + tag) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean tagged = tagged(item, tag);
                String how = (tag.equals(Tiers.SERVER) ? "@ServerTest or " : "")
                        + "@Tag(Tiers." + tag.toUpperCase(Locale.ROOT).replace('-', '_') + ")";
                events.add(new SimpleConditionEvent(item, tagged,
                        item.getName() + (tagged ? " is" : " is not") + " tagged " + tag + " (" + how + ")"));
            }
        };
    }
}
