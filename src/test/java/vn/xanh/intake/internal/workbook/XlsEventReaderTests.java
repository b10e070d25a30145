package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.intake.internal.workbook.WorkbookReader.UnreadableWorkbookException;

/**
 * The event reader for {@code .xls} against POI's workbook model, which it replaced: on every Excel 2003
 * workbook of the test corpus both give the very same cells (text typed in old fonts converted run by run,
 * dates by their format, formulas by their cached result), so the parser finds the same facts, errors and
 * warnings; what it cannot read, the model reads or refuses with its reason.
 */
class XlsEventReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsEveryExcel2003WorkbookOfTheCorpusCellForCellAsTheWorkbookModelDoes() throws Exception {
        // given: every template as an .xls, a city's generated village reports, LibreOffice's file, old fonts,
        // and a sheet of every kind of value
        List<Path> corpus = TestCorpus.workbooks(dir, ".xls");
        corpus.add(oldFonts(dir.resolve("phong-cu.xls")));
        assertThat(corpus).hasSizeGreaterThan(8);

        for (Path file : corpus) {
            // when
            List<SheetData> events;
            try (POIFSFileSystem workbook = new POIFSFileSystem(file.toFile(), true)) {
                events = XlsEventReader.read(workbook);
            }
            List<SheetData> model = WorkbookReader.readWithPoi(file, false);

            // then
            assertThat(events).as(file.getFileName().toString()).isEqualTo(model).isNotEmpty();
            assertThat(WorkbookReader.read(file)).as(file.getFileName().toString()).isEqualTo(model);
        }
    }

    @Test
    void convertsTextTypedInOldFontsRunByRun() throws Exception {
        // when
        List<SheetData> sheets = WorkbookReader.read(oldFonts(dir.resolve("phong-cu.xls")));

        // then
        List<CellValue> cells = sheets.get(0).rows().stream().flatMap(row -> row.cells().stream()).toList();
        assertThat(cells).extracting(CellValue::text).contains("Thôn Đông", "Kỳ báo cáo: Tháng 10/2026", "CHỈ TIÊU");
        assertThat(cells).filteredOn(cell -> "Thôn Đông".equals(cell.text())).extracting(CellValue::legacyFont)
                .containsExactly(".VnTime");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithTheWorkbookModelsReason() throws Exception {
        // given
        Path file = dir.resolve("mat-khau.xls");
        Biff8EncryptionKey.setCurrentUserPassword("bimat");
        try {
            write(oldFonts(dir.resolve("plain.xls")), file);
        }
        finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        // then
        assertThatThrownBy(() -> WorkbookReader.read(file)).isInstanceOf(UnreadableWorkbookException.class)
                .hasMessageStartingWith("Tệp có mật khẩu nên không đọc được.");
    }

    private static void write(Path from, Path to) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(from)); OutputStream out = Files.newOutputStream(to)) {
            workbook.write(out);
        }
    }

    /** The unit name in .VnTime, the period half Arial and half .VnTime in one cell, a label in .VnTimeH capitals. */
    private static Path oldFonts(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            Font vnTime = font(workbook, ".VnTime");
            Font capitals = font(workbook, ".VnTimeH");
            Font arial = font(workbook, "Arial");
            Cell unit = sheet.createRow(1).createCell(1);
            unit.setCellValue("Th«n §«ng");
            unit.setCellStyle(style(workbook, vnTime));
            RichTextString mixed = workbook.getCreationHelper().createRichTextString("Kỳ báo cáo: Th¸ng 10/2026");
            mixed.applyFont(0, 12, arial);
            mixed.applyFont(12, mixed.length(), vnTime);
            sheet.createRow(2).createCell(0).setCellValue(mixed);
            Cell label = sheet.createRow(4).createCell(1);
            label.setCellValue("CHØ TI£U");
            label.setCellStyle(style(workbook, capitals));
            workbook.createSheet("Trống");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static Font font(HSSFWorkbook workbook, String name) {
        Font font = workbook.createFont();
        font.setFontName(name);
        return font;
    }

    private static CellStyle style(HSSFWorkbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
