package vn.xanh;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Intake's rooms (docs/intake.md, "Rooms"): workbook (bytes to cells), form (cells to a submission), check,
 * writer and folder, each reaching only the rooms below it, none reaching intake's own classes.
 */
@AnalyzeClasses(packages = "vn.xanh.intake", importOptions = ImportOption.DoNotIncludeTests.class)
public class IntakeRoomsTests {

    static final String ROOMS = "vn.xanh.intake.internal";
    static final int MOST_CLASSES_IN_A_FOLDER = 25;

    /** The one way: form on workbook, check on both, folder on writer; workbook and writer stand alone. */
    @ArchTest
    public static final ArchRule roomsReachOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("intake").definedBy("vn.xanh.intake")
            .layer("workbook").definedBy(ROOMS + ".workbook..")
            .layer("form").definedBy(ROOMS + ".form..")
            .layer("check").definedBy(ROOMS + ".check..")
            .layer("writer").definedBy(ROOMS + ".writer..")
            .layer("folder").definedBy(ROOMS + ".folder..")
            .whereLayer("intake").mayNotBeAccessedByAnyLayer()
            .whereLayer("workbook").mayNotAccessAnyLayer()
            .whereLayer("form").mayOnlyAccessLayers("workbook")
            .whereLayer("check").mayOnlyAccessLayers("workbook", "form")
            .whereLayer("writer").mayNotAccessAnyLayer()
            .whereLayer("folder").mayOnlyAccessLayers("writer");

    /** A class of intake's internals is in one of the rooms above, so none escapes their rule. */
    @ArchTest
    static final ArchRule everyInternalClassIsInARoom = classes().that().resideInAPackage(ROOMS + "..").should()
            .resideInAnyPackage(ROOMS + ".workbook..", ROOMS + ".form..", ROOMS + ".check..", ROOMS + ".writer..",
                    ROOMS + ".folder..");

    /** Zip, XML and the BIFF and event readers are the workbook room's alone: the others see cells. */
    @ArchTest
    static final ArchRule onlyTheWorkbookRoomKnowsFileFormats = noClasses().that().resideInAPackage("vn.xanh.intake..")
            .and().resideOutsideOfPackage(ROOMS + ".workbook..").should().dependOnClassesThat()
            .resideInAnyPackage("java.util.zip..", "org.apache.commons.compress..", "org.dhatim.fastexcel..",
                    "org.apache.poi.openxml4j..", "org.apache.poi.poifs..", "org.apache.poi.hssf.record..",
                    "org.apache.poi.hssf.eventusermodel..", "org.apache.poi.xssf.eventusermodel..", "org.xml.sax..",
                    "javax.xml..");

    @ArchTest
    static final ArchRule noFolderAboveTwentyFiveClasses = classes().that().resideInAPackage("vn.xanh.intake..")
            .and().areTopLevelClasses().should(new ArchCondition<JavaClass>(
                    "share their folder with at most " + MOST_CLASSES_IN_A_FOLDER + " classes") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    long inFolder = origin.getPackage().getClasses().stream().filter(JavaClass::isTopLevelClass)
                            .filter(c -> !c.getSimpleName().equals("package-info")).count();
                    if (inFolder > MOST_CLASSES_IN_A_FOLDER) {
                        events.add(SimpleConditionEvent.violated(origin, origin.getPackageName() + " holds "
                                + inFolder + " classes, more than " + MOST_CLASSES_IN_A_FOLDER));
                    }
                }
            });
}
