package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xanh.TestWorkbooks;
import vn.xanh.demo.SubmissionGenerator;

/**
 * The workbooks of the test corpus in one format ({@code .xls} or {@code .xlsx}), for the tests that hold a reader
 * to another on all of them: every template filled in, a city's generated reports, the other programs' files, and
 * a sheet of every kind of value.
 */
final class TestCorpus {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private TestCorpus() {
    }

    /** Writes them under {@code dir}; {@code extension} is {@code ".xls"} or {@code ".xlsx"}. */
    static List<Path> workbooks(Path dir, String extension) throws IOException {
        List<Path> corpus = new ArrayList<>();
        corpus.add(TestWorkbooks.village(dir, "thon" + extension, "Thôn Đông", OCTOBER,
                TestWorkbooks.values("HH_TOTAL", 400, "HH_CLEAN_WATER", "300 hộ")));
        corpus.add(TestWorkbooks.cooperative(dir, "htx" + extension, "HTX Nông nghiệp Tân Kỳ", OCTOBER,
                TestWorkbooks.values("CROP_AREA_HA", "310 ha", "AQUA_AREA_HA", 12.25), List.of()));
        corpus.add(TestWorkbooks.office(dir, "xa" + extension, OCTOBER, TestWorkbooks.values("HH_TOTAL", 1200)));
        corpus.add(TestWorkbooks.markets(dir, "cho" + extension, OCTOBER, Map.of("Chợ Tân Kỳ",
                TestWorkbooks.values("TRADERS_TOTAL", 80, "TRADERS_QR", 41))));
        SubmissionGenerator city = SubmissionGenerator.forCity(Path.of("jobs"), dir.resolve("city-jobs"), 2);
        city.monthlyReports(dir.resolve("city"), OCTOBER, 3, 7).files().stream()
                .filter(f -> f.getFileName().toString().endsWith(extension)).forEach(corpus::add);
        try (Stream<Path> others = Files.list(Path.of("src/test/resources/workbooks"))) {
            others.filter(f -> f.getFileName().toString().endsWith(extension)).forEach(corpus::add);
        }
        corpus.add(EveryKindOfValue.write(extension.equals(".xls") ? new HSSFWorkbook() : new XSSFWorkbook(),
                dir.resolve("gia-tri" + extension)));
        return corpus;
    }

    /** Writes {@code qua-lon.xlsx} under {@code dir}: one sheet with one row more than any reader takes. */
    static Path tooManyRows(Path dir) throws IOException {
        Path file = dir.resolve("qua-lon.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r <= StreamingXlsxReader.MAX_ROWS; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
