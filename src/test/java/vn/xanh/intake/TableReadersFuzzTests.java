package vn.xanh.intake;

import static vn.xanh.TestWorkbooks.CATALOG;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.xanh.intake.internal.workbook.SheetsText;

/**
 * The header and table readers (the table found, the template, unit and month recognised, each template's rows
 * read, activities and green models with their dates) on any cells a workbook may hold: the sheets of the test
 * workbooks as text, mutated cell by cell, give a workbook accepted or rejected with Vietnamese reasons.
 */
class TableReadersFuzzTests {

    private static final WorkbookParser PARSER = new WorkbookParser(CATALOG, WorkbookParserTests.NOVEMBER_28);

    static Stream<Arguments> sheets() {
        return SheetsText.seeds();
    }

    @MethodSource("sheets")
    @FuzzTest(maxDuration = "6s")
    void acceptsOrRejectsAnyCells(byte[] sheets) {
        // when
        ParsedWorkbook parsed = PARSER.parse(SheetsText.decode(sheets));

        // then
        FuzzedWorkbooks.assertAcceptedOrCleanlyRejected(parsed);
    }
}
