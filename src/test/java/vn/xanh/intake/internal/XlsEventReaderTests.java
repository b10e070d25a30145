package vn.xanh.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

import vn.xanh.TestWorkbooks;
import vn.xanh.bench.SubmissionGenerator;
import vn.xanh.intake.internal.WorkbookReader.UnreadableWorkbookException;

/**
 * The event reader for {@code .xls} against POI's workbook model, which it replaced: on every Excel 2003
 * workbook of the test corpus both give the very same cells (text typed in old fonts converted run by run,
 * dates by their format, formulas by their cached result), so the parser finds the same facts, errors and
 * warnings; what it cannot read, the model reads or refuses with its reason.
 */
class XlsEventReaderTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @Test
    void readsEveryExcel2003WorkbookOfTheCorpusCellForCellAsTheWorkbookModelDoes() throws Exception {
        // given: every template as an .xls, a city's generated village reports, LibreOffice's file, old fonts,
        // and a sheet of every kind of value
        List<Path> corpus = new ArrayList<>();
        corpus.add(TestWorkbooks.village(dir, "thon.xls", "Thôn Đông", OCTOBER,
                TestWorkbooks.values("HH_TOTAL", 400, "HH_CLEAN_WATER", "300 hộ")));
        corpus.add(TestWorkbooks.cooperative(dir, "htx.xls", "HTX Nông nghiệp Tân Kỳ", OCTOBER,
                TestWorkbooks.values("CROP_AREA_HA", "310 ha", "AQUA_AREA_HA", 12.25), List.of()));
        corpus.add(TestWorkbooks.office(dir, "xa.xls", OCTOBER, TestWorkbooks.values("HH_TOTAL", 1200)));
        corpus.add(TestWorkbooks.markets(dir, "cho.xls", OCTOBER, Map.of("Chợ Tân Kỳ",
                TestWorkbooks.values("TRADERS_TOTAL", 80, "TRADERS_QR", 41))));
        SubmissionGenerator city = SubmissionGenerator.forCity(Path.of("jobs"), dir.resolve("city-jobs"), 2);
        city.monthlyReports(dir.resolve("city"), OCTOBER, 3, 7).files().stream()
                .filter(f -> f.toString().endsWith(".xls")).forEach(corpus::add);
        try (Stream<Path> others = Files.list(Path.of("src/test/resources/workbooks"))) {
            others.filter(f -> f.toString().endsWith(".xls")).forEach(corpus::add);
        }
        corpus.add(oldFonts(dir.resolve("phong-cu.xls")));
        corpus.add(EveryKindOfValue.write(new HSSFWorkbook(), dir.resolve("gia-tri.xls")));
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
