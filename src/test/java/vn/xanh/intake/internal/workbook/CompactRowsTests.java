package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large sheet's rows kept in arrays give back the very cells they were given. */
class CompactRowsTests {

    @TempDir
    Path dir;

    @Test
    void givesBackEveryKindOfCellAsItWasGiven() throws Exception {
        // given: every kind of value a workbook holds, a long text, a repeated short one, an old font's text
        List<SheetData.Row> given = new ArrayList<>(
                WorkbookReader.read(EveryKindOfValue.write(new XSSFWorkbook(), dir.resolve("gia-tri.xlsx"))).get(0)
                        .rows());
        given.add(new SheetData.Row(40, List.of(
                new CellValue("Sheet1", 40, 0, CellValue.Kind.NUMBER, null, -0.0, null),
                new CellValue("Sheet1", 40, 1, CellValue.Kind.TEXT, "Nguyễn Thị Hoa, xóm Đoài", 0, null),
                new CellValue("Sheet1", 40, 3, CellValue.Kind.TEXT, "x", 0, null),
                new CellValue("Sheet1", 40, 4, CellValue.Kind.TEXT, "x", 0, null))));
        given.add(new SheetData.Row(41, List.of(
                new CellValue("Sheet1", 41, 2, CellValue.Kind.TEXT, "Thôn Đông", 0, null, ".VnTime"),
                new CellValue("Sheet1", 41, 5, CellValue.Kind.DATE, "2026-10-31", 46326, LocalDate.of(2026, 10, 31)))));

        // when
        CompactRows compact = new CompactRows("Sheet1");
        given.forEach(compact::add);
        compact.add(new SheetData.Row(42, List.of())); // a row of blanks only

        // then
        assertThat(compact).isEqualTo(given);
        assertThat(compact.get(compact.size() - 2).cells().get(2).text())
                .isSameAs(compact.get(compact.size() - 2).cells().get(3).text());
        assertThat(compact.hasWholeCells()).isTrue();
    }

    @Test
    void aSheetOfTextsAndNumbersKeepsNoCellWhole() {
        CompactRows compact = new CompactRows("Sổ hộ");
        compact.add(new SheetData.Row(7, List.of(
                new CellValue("Sổ hộ", 7, 0, CellValue.Kind.NUMBER, null, 1, null),
                new CellValue("Sổ hộ", 7, 1, CellValue.Kind.TEXT, "Trần Văn Bình", 0, null))));

        assertThat(compact).hasSize(1);
        assertThat(compact.get(0).cellAt(1).text()).isEqualTo("Trần Văn Bình");
        assertThat(compact.hasWholeCells()).isFalse();
    }
}
