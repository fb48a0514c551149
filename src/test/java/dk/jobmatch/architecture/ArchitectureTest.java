package dk.jobmatch.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import dk.jobmatch.contract.NoNullElements;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of design.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.jobmatch");
    }

    @Test
    void onlyTheSearchPackageUsesLucene() {
        noClasses().that().resideOutsideOfPackage("dk.jobmatch.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("Lucene is an implementation detail of the search package")
                .check(classes);
    }

    @Test
    void generatedApiModelStaysInTheWebLayer() {
        noClasses().that().resideInAnyPackage("dk.jobmatch..")
                .and().resideOutsideOfPackage("dk.jobmatch.api..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Mapper")
                .and().haveSimpleNameNotEndingWith("MapperImpl")
                .and().haveSimpleNameNotEndingWith("Import")
                .and().haveNameNotMatching(".*\\$.*")
                .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.api.model..")
                .because("domain code works on its own records; only controllers, mappers and bulk import"
                        + " targets (whose lines arrive in the API model) see it")
                .check(classes);
    }

    @Test
    void vocabularyAndCommonDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("dk.jobmatch.vocabulary..", "dk.jobmatch.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.jobmatch.employer..", "dk.jobmatch.citizen..", "dk.jobmatch.search..",
                        "dk.jobmatch.security..", "dk.jobmatch.audit..", "dk.jobmatch.outbox..",
                        "dk.jobmatch.admin..", "dk.jobmatch.match..", "dk.jobmatch.agreement..",
                        "dk.jobmatch.idempotency..", "dk.jobmatch.bulk..", "dk.jobmatch.integration..",
                        "dk.jobmatch.webhook..")
                .check(classes);
    }

    @Test
    void employersNeverReachIntoCitizensProfiles() {
        noClasses().that().resideInAPackage("dk.jobmatch.employer..")
                .should().dependOnClassesThat().resideInAPackage("dk.jobmatch.citizen..")
                .because("citizens' data is sensitive; employers only ever see anonymous match summaries")
                .check(classes);
    }

    @Test
    void matchingRulesAndScoringArePureJava() {
        noClasses().that().resideInAPackage("dk.jobmatch.match..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Mapper")
                .and().haveSimpleNameNotEndingWith("MapperImpl")
                .and().haveNameNotMatching(".*\\$.*")
                .and().doNotHaveSimpleName("MatchWeights")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "dk.jobmatch.search..",
                        "dk.jobmatch.api..", "java.sql..")
                .because("the constraint check and the score are one pure function, testable without a server")
                .check(classes);
    }

    @Test
    void everyGeneratedModelRejectsNullElements() {
        classes().that().resideInAPackage("dk.jobmatch.api.model..").and().areNotEnums()
                .and().haveNameNotMatching(".*\\.\\$.*")
                .should().beAnnotatedWith(NoNullElements.class)
                .because("no array of the contract holds a null (the pom adds the constraint to every model)")
                .check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("dk.jobmatch.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
