package com.cp1ki;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The direction of the layers (app -> io -> engine, cli -> io -> engine, never back) and the
 * purity of the engine: no JavaFX, no I/O, no threads, no clocks, no mutable statics.
 * See docs/architecture.md.
 */
class ArchitectureTest {

    private static final String ENGINE = "com.cp1ki.engine..";
    private static final String IO = "com.cp1ki.io..";
    private static final String APP = "com.cp1ki.app..";
    private static final String CLI = "com.cp1ki.cli..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cp1ki");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void engineAndIoImportNothingFromJavafx() {
        check(noClasses().that().resideInAnyPackage(ENGINE, IO)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .because("the engine and file formats must run headless and be testable without a toolkit"));
    }

    @Test
    void engineDependsOnNoOtherLayer() {
        check(noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(IO, APP, CLI, "com.cp1ki")
                .because("the engine is the bottom layer: records in, a report out"));
    }

    @Test
    void ioDependsOnNeitherTheWorkbenchNorTheCommandLine() {
        check(noClasses().that().resideInAPackage(IO)
                .should().dependOnClassesThat().resideInAnyPackage(APP, CLI));
    }

    @Test
    void theWorkbenchDoesNotDependOnTheCommandLine() {
        check(noClasses().that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAPackage(CLI));
    }

    @Test
    void engineDoesNoFileStreamOrNetworkIo() {
        check(noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
                .because("the engine is a pure function; reading and writing belong to io"));
    }

    @Test
    void engineStartsNoThreads() {
        check(noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .because("callers decide where the engine runs (the workbench recomputes off the FX thread)"));
    }

    @Test
    void engineReadsNoClock() {
        check(noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now")))
                .because("the same project must always give the same report"));
    }

    @Test
    void engineHasNoMutableStaticState() {
        check(fields().that().areDeclaredInClassesThat().resideInAPackage(ENGINE)
                .and().areStatic()
                .should().haveModifier(JavaModifier.FINAL)
                .because("the engine is a pure function: nothing may leak from one report into the next"));
    }
}
