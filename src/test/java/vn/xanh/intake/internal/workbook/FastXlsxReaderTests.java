package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.xanh.TestWorkbooks.CATALOG;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;
import vn.xanh.demo.DemoSubmissions;
import vn.xanh.demo.SubmissionGenerator;
import vn.xanh.intake.BlankTemplates;
import vn.xanh.intake.HostileFiles;

/**
 * The fast path (the project's guard, then fastexcel-reader) against POI's readers, which it replaced
 * for {@code .xlsx}: on every workbook of the test corpus both give the very same cells, so the parser
 * finds the same facts, errors and warnings; on every hostile file both refuse with the same reason.
 */
class FastXlsxReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsEveryWorkbookOfTheCorpusCellForCellAsPoiDoes() throws Exception {
        // given: the clerks' files of the demonstration, the blank templates, other programs' files, a city's
        // generated reports, a streamed register of 30,000 households, one of 8,000 (read from memory, on two
        // cores), and a sheet of every kind of value
        List<Path> corpus = new ArrayList<>();
        new DemoSubmissions(CATALOG).write(dir.resolve("demo"), LocalDate.of(2026, 11, 28)).stream()
                .filter(f -> f.toString().endsWith(".xlsx")).forEach(corpus::add);
        corpus.addAll(new BlankTemplates(CATALOG).write(dir.resolve("blank")));
        try (Stream<Path> others = Files.list(Path.of("src/test/resources/workbooks"))) {
            others.filter(f -> f.toString().endsWith(".xlsx")).forEach(corpus::add);
        }
        SubmissionGenerator city = SubmissionGenerator.forCity(Path.of("jobs"), dir.resolve("city-jobs"), 1);
        city.monthlyReports(dir.resolve("city"), YearMonth.of(2026, 10), 1, 7).files().stream()
                .filter(f -> f.toString().endsWith(".xlsx")).forEach(corpus::add);
        corpus.addAll(city.register(dir.resolve("register"), YearMonth.of(2026, 10), 30_000, 7).files());
        // read from memory, as a small report is, but on two cores
        corpus.addAll(city.register(dir.resolve("register-mid"), YearMonth.of(2026, 10), 8_000, 7).files());
        corpus.add(TestWorkbooks.cooperative(dir, "htx.xlsx", "HTX Nông nghiệp Tân Kỳ", YearMonth.of(2026, 10),
                TestWorkbooks.values("CROP_AREA_HA", "310 ha", "AQUA_AREA_HA", 12.25), List.of()));
        corpus.add(EveryKindOfValue.write(new XSSFWorkbook(), dir.resolve("gia-tri.xlsx")));
        assertThat(corpus).hasSizeGreaterThan(150);

        for (Path file : corpus) {
            // when
            List<SheetData> fast = WorkbookReader.read(file);
            List<SheetData> poi = WorkbookReader.readWithPoi(file, true);

            // then
            assertThat(fast).as(file.getFileName().toString()).isEqualTo(poi);
        }
    }

    @Test
    void refusesEveryHostileFileWithTheSameReasonAsPoi() throws Exception {
        // given: password, zip bomb, XML entities, a cell too long, a cut file, an empty file, text named .xlsx
        Map<String, String> hostile = HostileFiles.writeAll(dir);

        for (Map.Entry<String, String> file : hostile.entrySet()) {
            Path path = dir.resolve(file.getKey());
            // when
            String fast = refusal(() -> WorkbookReader.read(path));

            // then: an empty file or text named .xlsx is refused before either reader sees it
            assertThat(fast).as(file.getKey()).startsWith(file.getValue());
            if (isZip(path)) {
                assertThat(fast).as(file.getKey()).isEqualTo(refusal(() -> WorkbookReader.readWithPoi(path, true)));
            }
        }
    }

    @Test
    void sendsAWorkbookTypedInAnOldFontToPoiWhichConvertsIt() throws Exception {
        // given: a unit name typed in .VnTime, a run of VNI-Times inside an Arial cell
        Path file = dir.resolve("vntime.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            CellStyle legacy = TestWorkbooks.fontStyle(workbook, ".VnTime");
            var cell = sheet.createRow(0).createCell(0);
            cell.setCellValue("Th«n §«ng");
            cell.setCellStyle(legacy);
            write(workbook, file);
        }

        // when
        XlsxGuard.Inspection inspection = XlsxGuard.inspect(file);
        List<SheetData> sheets = WorkbookReader.read(file);

        // then
        assertThat(inspection.legacyFonts()).isTrue();
        CellValue name = sheets.get(0).rows().get(0).cells().get(0);
        assertThat(name.text()).isEqualTo("Thôn Đông");
        assertThat(name.legacyFont()).isEqualTo(".VnTime");
        assertThat(XlsxGuard.inspect(TestWorkbooks.village(dir, "unicode.xlsx", "Thôn Đông", YearMonth.of(2026, 10),
                TestWorkbooks.values("HH_TOTAL", 1))).legacyFonts()).isFalse();
    }

    @Test
    void refusesASheetWithMoreRowsThanAnyReport() throws Exception {
        Path file = TestCorpus.tooManyRows(dir);

        assertThatThrownBy(() -> WorkbookReader.read(file)).hasMessageContaining("có hơn 300.000 dòng");
    }

    @Test
    void aLargeSheetBrokenHalfwayIsRefusedWholeAndItsParsingThreadEnds() throws Exception {
        // given: a register-sized sheet (read on two cores) whose XML breaks off after 60,000 rows
        Path whole = dir.resolve("so-ho.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < 120_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Hộ " + r);
                row.createCell(1).setCellValue("x");
            }
            write(workbook, whole);
        }
        Path broken = dir.resolve("so-ho-hong.xlsx");
        try (var in = new java.util.zip.ZipFile(whole.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<row r=\"60000\"");
                    content = (xml.substring(0, cut) + "<row r=\"60000\"><c r=\"A60000\" t=\"inlineStr\"><is><t>Hộ")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertThat(Files.size(broken)).isGreaterThan(WorkbookReader.STREAMING_FROM_BYTES);

        // when / then: the whole workbook is refused as broken, and no thread is left parsing it
        assertThat(WorkbookReader.read(whole).get(0).rows()).hasSize(120_000);
        assertThatThrownBy(() -> WorkbookReader.read(broken)).isInstanceOf(WorkbookReader.UnreadableWorkbookException.class)
                .hasMessageContaining("tệp bị hỏng");
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("xanh-sheet-parse"));
    }

    private interface Read {
        List<SheetData> read() throws Exception;
    }

    private static String refusal(Read read) {
        try {
            read.read();
            return "read without complaint";
        }
        catch (WorkbookReader.UnreadableWorkbookException e) {
            return e.getMessage();
        }
        catch (Exception e) {
            return e.toString();
        }
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head = Files.readAllBytes(file);
        return head.length >= 2 && head[0] == 'P' && head[1] == 'K';
    }

    private static void write(org.apache.poi.ss.usermodel.Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
