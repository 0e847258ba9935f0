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
}
