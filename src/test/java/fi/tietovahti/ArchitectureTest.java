package fi.tietovahti;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries described in the README, enforced: top-level packages are modules without cycles, each
 * register is a module of its own that knows only the SPI, and low-level modules do not reach up.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.tietovahti");

    @Test
    void modulesHaveNoCycles() {
        slices().matching("fi.tietovahti.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void registersDoNotKnowEachOther() {
        slices().matching("fi.tietovahti.registers.(*)..").should().notDependOnEachOther().check(MAIN);
    }

    @Test
    void registersDependOnlyOnTheSpiTheIdentityCodeAndFrameworks() {
        noClasses().that().resideInAPackage("fi.tietovahti.registers..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.tietovahti.catalogue..",
                        "fi.tietovahti.security..", "fi.tietovahti.dpo..", "fi.tietovahti.mail..")
                .check(MAIN);
    }

    @Test
    void theIdentityCodeThePlatformAndLegalTimeDependOnNoOtherModule() {
        noClasses().that().resideInAnyPackage("fi.tietovahti.hetu..", "fi.tietovahti.platform..",
                        "fi.tietovahti.deadline..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.tietovahti.registers..",
                        "fi.tietovahti.catalogue..", "fi.tietovahti.security..", "fi.tietovahti.dpo..",
                        "fi.tietovahti.mail..")
                .check(MAIN);
    }

    @Test
    void nothingPrintsToTheConsole() {
        // personal data must never reach a log by accident: logging goes through SLF4J, where it can be reviewed
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(MAIN);
    }

    @Test
    void timeComesOnlyFromTheClockBean() {
        // a test sets one reference day on the Clock bean and the engine (README, Tests); code that reads the machine's
        // clock itself would decide deadlines and "answered on" by another day. The bean itself and the identity
        // code's clock-less convenience overloads (unused by the service) are the exceptions.
        noClasses().that().doNotHaveFullyQualifiedName("fi.tietovahti.platform.PlatformConfiguration")
                .and().doNotHaveFullyQualifiedName("fi.tietovahti.hetu.PersonalIdentityCode")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now", java.time.ZoneId.class)
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now", java.time.ZoneId.class)
                .orShould().callConstructor(java.util.Date.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "system", java.time.ZoneId.class)
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(MAIN);
    }

    @Test
    void theEngineIsReachedThroughItsPort() {
        // starting, correlating, due dates, incidents and jobs go through platform.Workflow, so what the modules ask
        // of the engine is written in one place; Tasklist's filters are queries the security module defines
        noClasses().that().resideOutsideOfPackage("fi.tietovahti.platform..")
                .and().doNotHaveFullyQualifiedName("fi.tietovahti.security.TasklistFilters")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ManagementService")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
                .orShould().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(MAIN);
    }

    @Test
    void testsTakeNoDateFromTheWallClock() {
        // the suite passes on any day (README, Tests): a test's "now" is TestClock's reference moment. Benchmarks
        // stamp their reports with the real time of the run, which is what a report should say.
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("fi.tietovahti");
        noClasses().that().haveSimpleNameNotEndingWith("Benchmark")
                .and().doNotHaveFullyQualifiedName("fi.tietovahti.testsupport.TestClock")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callConstructor(java.util.Date.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(tests);
    }
}
