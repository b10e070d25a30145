package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import vn.xanh.IntakeRoomsTests;
import vn.xanh.intake.WorkbookParser;
import vn.xanh.intake.internal.check.WorkbookChecks;
import vn.xanh.intake.internal.form.FormReader;
import vn.xanh.intake.internal.form.Reading;

/** The rooms rule catches the workbook room reaching up into the forms or into intake, and lets the forms read cells. */
class RoomRuleTests {

    /** Lives in the workbook room, yet holds what the form room reads. */
    static class ReachesIntoTheForms {
        Reading reading;
    }

    /** Lives in the workbook room, yet holds intake's parser. */
    static class ReachesIntoIntake {
        WorkbookParser parser;
    }

    @Test
    void theWorkbookRoomUsingAFormClassIsAViolation() {
        // given
        var wrongWay = new ClassFileImporter().importClasses(ReachesIntoTheForms.class, Reading.class);

        // when
        EvaluationResult result = IntakeRoomsTests.roomsReachOneWay.evaluate(wrongWay);

        // then
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("ReachesIntoTheForms") && line.contains("form.Reading"));
    }

    @Test
    void aRoomUsingIntakesOwnClassesIsAViolation() {
        // given
        var wrongWay = new ClassFileImporter().importClasses(ReachesIntoIntake.class, WorkbookParser.class);

        // when
        EvaluationResult result = IntakeRoomsTests.roomsReachOneWay.evaluate(wrongWay);

        // then
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("ReachesIntoIntake") && line.contains("intake.WorkbookParser"));
    }

    @Test
    void theFormsAndChecksReadingCellsIsTheWayDown() {
        // given
        var oneWay = new ClassFileImporter().importClasses(FormReader.class, WorkbookChecks.class, Reading.class,
                CellValue.class, SheetData.class, CompactRows.class);

        // when
        EvaluationResult result = IntakeRoomsTests.roomsReachOneWay.evaluate(oneWay);

        // then
        assertThat(result.hasViolation()).isFalse();
    }
}
