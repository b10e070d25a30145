package vn.xanh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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
                    "..digest..", "..mailbox..", "..batch..", "..cli..", "..plan..", "..outbox..");

    @ArchTest
    static final ArchRule outboxKnowsNoStage = noClasses().that().resideInAPackage("..outbox..")
            .should().dependOnClassesThat().resideInAnyPackage("..intake..", "..indicators..", "..report..",
                    "..digest..", "..mailbox..", "..batch..", "..cli..", "..plan..", "..channels..", "..demo..",
                    "..bench..");

    @ArchTest
    static final ArchRule onlyTheSendersUseTheOutbox = noClasses().that().resideOutsideOfPackages("..outbox..",
            "..digest..", "..mailbox..", "..batch..", "..cli..").should().dependOnClassesThat()
            .resideInAPackage("..outbox..");

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

    /** The sample data and the bench stand beside the pipeline: no stage uses them. */
    @ArchTest
    static final ArchRule noStageUsesTheSampleOrTheBench = noClasses().that().resideOutsideOfPackages("vn.xanh.demo..",
            "vn.xanh.bench..", "vn.xanh.cli..").should().dependOnClassesThat()
            .resideInAnyPackage("vn.xanh.demo..", "vn.xanh.bench..");

    /** The bench is started by its command alone ({@code cli.bench}); the generator it measures on knows not the bench. */
    @ArchTest
    static final ArchRule onlyTheBenchCommandUsesTheBench = noClasses().that().resideOutsideOfPackages("vn.xanh.bench..",
            "vn.xanh.cli.bench..").should().dependOnClassesThat().resideInAPackage("vn.xanh.bench..");

    /** A module's internal package is its own: another module goes through the module's public classes. */
    @ArchTest
    static final ArchRule noModuleReachesIntoAnothersInternals = classes().that().resideInAPackage("vn.xanh..")
            .should(new ArchCondition<JavaClass>("not depend on another module's internal package") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = module(origin.getPackageName());
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        Matcher internal = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
                        if (internal.matches() && !internal.group(1).equals(own)) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /** Internal classes the tests of another package read directly, though no main class outside their package does. */
    static final Set<String> PUBLIC_FOR_TESTS = Set.of("vn.xanh.intake.internal.workbook.LegacyEncoding",
            "vn.xanh.mailbox.internal.SafeNames");

    /** An internal class is public only when a class outside its package uses it. */
    @ArchTest
    static final ArchRule internalClassesArePublicOnlyWhereUsed = classes().that().resideInAPackage("..internal..")
            .and().arePublic().and().areTopLevelClasses().should(new ArchCondition<JavaClass>("be used outside their package") {
                @Override
                public void check(JavaClass internal, ConditionEvents events) {
                    boolean usedOutside = internal.getDirectDependenciesToSelf().stream()
                            .anyMatch(use -> !use.getOriginClass().getPackageName().equals(internal.getPackageName()));
                    if (!usedOutside && !PUBLIC_FOR_TESTS.contains(internal.getName())) {
                        events.add(SimpleConditionEvent.violated(internal,
                                internal.getName() + " is public but used only inside " + internal.getPackageName()));
                    }
                }
            });

    private static final Pattern INTERNAL = Pattern.compile("vn\\.xanh\\.([^.]+)\\.internal(\\..*)?");

    /** The first package under vn.xanh ("intake" for vn.xanh.intake.internal), empty for vn.xanh itself. */
    static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
