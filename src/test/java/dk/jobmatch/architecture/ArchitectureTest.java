package dk.jobmatch.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dk.jobmatch.AllowedDependencies;
import dk.jobmatch.bulk.ImportTarget;
import dk.jobmatch.contract.NoNullElements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mapstruct.Mapper;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries of design.md, checked on every build. Each top-level package states in
 * its package-info what it may use (@AllowedDependencies); the rules here read those statements
 * and name no class. Code the compiler plugins write (Micronaut's bean definitions, MapStruct's
 * implementations) is judged with what it was written for.
 */
class ArchitectureTest {

    private static final String ROOT = "dk.jobmatch";
    /** The generated contract (target/generated-sources): not ours to state rules for. */
    private static final String GENERATED_API = "api";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageStatesWhatItMayUse() {
        Set<String> silent = new TreeSet<>();
        for (JavaPackage module : classes.getPackage(ROOT).getSubpackages()) {
            if (!module.getName().equals(ROOT + "." + GENERATED_API) && !module.isAnnotatedWith(AllowedDependencies.class)) {
                silent.add(module.getName());
            }
        }
        assertThat(silent).as("packages without @AllowedDependencies in their package-info").isEmpty();
    }

    @Test
    void packagesUseOnlyWhatTheyAllow() {
        classes().that().resideInAPackage(ROOT + ".*..")
                .and().resideOutsideOfPackage(ROOT + "." + GENERATED_API + "..")
                .should(useOnlyAllowedPackages())
                .check(classes);
    }

    @Test
    void onlyTheSearchPackageUsesLucene() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("Lucene is an implementation detail of the search package")
                .check(classes);
    }

    @Test
    void generatedApiModelStaysAtTheEdge() {
        noClasses().that().resideInAPackage(ROOT + ".*..")
                .and().resideOutsideOfPackage(ROOT + "." + GENERATED_API + "..")
                .and(DescribedPredicate.not(atTheEdge()))
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + GENERATED_API + ".model..")
                .because("domain code works on its own records; only controllers, MapStruct mappers and bulk"
                        + " import targets (whose lines arrive in the API model) see it")
                .check(classes);
    }

    @Test
    void matchingRulesAndScoringArePureJava() {
        noClasses().that().resideInAPackage(ROOT + ".match..")
                .and(DescribedPredicate.not(frameworkComponent()))
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", ROOT + ".search..",
                        ROOT + "." + GENERATED_API + "..", "java.sql..")
                .because("the constraint check and the score are one pure function, testable without a server")
                .check(classes);
    }

    @Test
    void everyGeneratedModelRejectsNullElements() {
        classes().that().resideInAPackage(ROOT + "." + GENERATED_API + ".model..").and().areNotEnums()
                .and(DescribedPredicate.not(writtenByAFrameworkFor("a generated model")))
                .should().beAnnotatedWith(NoNullElements.class)
                .because("no array of the contract holds a null (the pom adds the constraint to every model)")
                .check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }

    private static ArchCondition<JavaClass> useOnlyAllowedPackages() {
        return new ArchCondition<>("use only the packages their package-info allows") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                String module = moduleOf(owner.getPackageName());
                Set<String> allowed = allowedBy(module);
                for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                    String target = moduleOf(dependency.getTargetClass().getPackageName());
                    if (target != null && !target.equals(module) && !allowed.contains(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, module + " may not use " + target
                                + " (not in its @AllowedDependencies): " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static Set<String> allowedBy(String module) {
        JavaPackage javaPackage = classes.getPackage(ROOT + "." + module);
        return javaPackage.isAnnotatedWith(AllowedDependencies.class)
                ? Set.of(javaPackage.getAnnotationOfType(AllowedDependencies.class).value())
                : Set.of();
    }

    /** "dk.jobmatch.agreement.x" -> "agreement"; null outside our sub-packages (the root included). */
    private static String moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Controllers of the generated interfaces, MapStruct mappers and their implementations, import targets. */
    private static DescribedPredicate<JavaClass> atTheEdge() {
        return DescribedPredicate.describe("at the web edge", type -> {
            JavaClass top = outermost(type);
            JavaClass subject = generatedFor(top);
            return implementsGeneratedApi(subject) || isMapper(subject)
                    || subject.isAssignableTo(ImportTarget.class);
        });
    }

    /** Micronaut beans and configuration: the classes that wire the pure parts to the server. */
    private static DescribedPredicate<JavaClass> frameworkComponent() {
        return DescribedPredicate.describe("framework components", type -> {
            JavaClass subject = generatedFor(outermost(type));
            return subject.isAnnotatedWith(jakarta.inject.Singleton.class)
                    || subject.isAnnotatedWith(io.micronaut.http.annotation.Controller.class)
                    || subject.isAnnotatedWith(io.micronaut.context.annotation.ConfigurationProperties.class)
                    || isMapper(subject);
        });
    }

    private static DescribedPredicate<JavaClass> writtenByAFrameworkFor(String what) {
        return DescribedPredicate.describe("code written by a compiler plugin for " + what,
                type -> outermost(type).isAnnotatedWith(io.micronaut.core.annotation.Generated.class));
    }

    /**
     * The class a Micronaut-written class serves ($Foo$Definition -> Foo): among the classes it
     * references, the hand-written one of its package that its generated name is built from.
     * Only classes carrying Micronaut's @Generated are looked through; anything else is itself.
     */
    private static JavaClass generatedFor(JavaClass type) {
        if (!type.isAnnotatedWith(io.micronaut.core.annotation.Generated.class)) {
            return type;
        }
        return type.getDirectDependenciesFromSelf().stream()
                .map(Dependency::getTargetClass)
                .filter(target -> target.getPackageName().equals(type.getPackageName()))
                .filter(target -> !target.isAnnotatedWith(io.micronaut.core.annotation.Generated.class))
                .filter(target -> type.getName().contains("$" + target.getSimpleName() + "$"))
                .findFirst()
                .orElse(type);
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static boolean implementsGeneratedApi(JavaClass type) {
        return type.getAllRawInterfaces().stream()
                .anyMatch(i -> i.getPackageName().equals(ROOT + "." + GENERATED_API));
    }

    private static boolean isMapper(JavaClass type) {
        return type.isAnnotatedWith(Mapper.class)
                || type.getAllRawInterfaces().stream().anyMatch(i -> i.isAnnotatedWith(Mapper.class));
    }
}
