package com.studyhall;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of style.md, checked on the compiled classes. */
class ModularityTests {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.studyhall");

    @Test
    void simulationEngineUsesNoFrameworkAtAll() {
        noClasses().that().resideInAPackage("com.studyhall.simulation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.hibernate..", "tools.jackson..", "com.fasterxml..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void onlyTheLabTalksToTheSimulationEngine() {
        noClasses().that().resideOutsideOfPackages("com.studyhall.simulation..", "com.studyhall.lab..")
                .should().dependOnClassesThat().resideInAPackage("com.studyhall.simulation..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInCycles() {
        slices().matching("com.studyhall.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
