package vn.xanh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape docs/architecture.md describes: plain arithmetic, and stages that never reach forward in the pipeline. */
@AnalyzeClasses(packages = "vn.xanh", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule arithmeticIsPlainJava = noClasses().that().resideInAPackage("..indicators.calc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule catalogAndFactsKnowNoStage = noClasses().that()
            .resideInAnyPackage("..catalog..", "..facts..", "..system..")
            .should().dependOnClassesThat().resideInAnyPackage("..intake..", "..indicators..", "..report..",
                    "..digest..", "..mailbox..", "..batch..", "..cli..", "..plan..");

    @ArchTest
    static final ArchRule intakeKnowsNoLaterStage = noClasses().that().resideInAPackage("..intake..")
            .should().dependOnClassesThat().resideInAnyPackage("..indicators..", "..report..", "..digest..",
                    "..mailbox..", "..batch..", "..cli..");

    @ArchTest
    static final ArchRule indicatorsKnowNoLaterStage = noClasses().that().resideInAPackage("..indicators..")
            .should().dependOnClassesThat().resideInAnyPackage("..intake..", "..report..", "..digest..", "..mailbox..",
                    "..batch..", "..cli..");

    @ArchTest
    static final ArchRule reportKnowsNoLaterStage = noClasses().that().resideInAPackage("..report..")
            .should().dependOnClassesThat().resideInAnyPackage("..digest..", "..mailbox..", "..batch..", "..cli..",
                    "..plan..");

    @ArchTest
    static final ArchRule planKnowsNoLaterStage = noClasses().that().resideInAPackage("..plan..")
            .should().dependOnClassesThat().resideInAnyPackage("..intake..", "..report..", "..channels..",
                    "..digest..", "..mailbox..", "..batch..", "..cli..");

    @ArchTest
    static final ArchRule digestKnowsNotTheMailbox = noClasses().that().resideInAPackage("..digest..")
            .should().dependOnClassesThat().resideInAnyPackage("..mailbox..", "..batch..", "..cli..");

    @ArchTest
    static final ArchRule channelsKnowNoLaterStage = noClasses().that()
            .resideInAPackage("..channels..").should().dependOnClassesThat()
            .resideInAnyPackage("..intake..", "..digest..", "..batch..", "..cli..");

    @ArchTest
    static final ArchRule onlyTheCommandLineStartsJobs = noClasses().that().resideOutsideOfPackages("..batch..",
            "..cli..").should().dependOnClassesThat().resideInAPackage("..batch..");
}
