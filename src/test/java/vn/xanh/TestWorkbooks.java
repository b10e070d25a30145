package vn.xanh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.CatalogLoader;
import vn.xanh.intake.SubmissionWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks.OcopProduct;

/** Real workbooks for tests, written with POI the way submitters' files look. */
public final class TestWorkbooks {

    public static final Catalog CATALOG = new CatalogLoader(Path.of("jobs")).load();

    private TestWorkbooks() {
    }

    public static Map<String, Object> values(Object... codesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put((String) codesAndValues[i], codesAndValues[i + 1]);
        }
        return values;
    }

    public static Path village(Path dir, String file, String village, YearMonth period, Map<String, Object> values)
            throws IOException {
        Path path = dir.resolve(file);
        SubmissionWorkbooks.form(path, CATALOG.template("THON").orElseThrow(), village, period, values, null);
        return path;
    }

    public static Path cooperative(Path dir, String file, String name, YearMonth period, Map<String, Object> values,
            List<OcopProduct> ocop) throws IOException {
        Path path = dir.resolve(file);
        SubmissionWorkbooks.form(path, CATALOG.template("HTX").orElseThrow(), name, period, values, ocop);
        return path;
    }

    public static Path office(Path dir, String file, YearMonth period, Map<String, Object> values) throws IOException {
        Path path = dir.resolve(file);
        SubmissionWorkbooks.form(path, CATALOG.template("XA").orElseThrow(), "UBND xã Tân Kỳ", period, values, null);
        return path;
    }

    public static Path markets(Path dir, String file, YearMonth period, Map<String, Map<String, Object>> rows)
            throws IOException {
        Path path = dir.resolve(file);
        SubmissionWorkbooks.markets(path, CATALOG.template("CHO").orElseThrow(), "Ban quản lý chợ xã Tân Kỳ", period,
                rows);
        return path;
    }

    /** A sheet written cell by cell: rows of values, {@code null} for a blank cell. */
    public static Path raw(Path dir, String file, Object[][] rows) throws IOException {
        Path path = dir.resolve(file);
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    }
                    else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                workbook.write(out);
            }
        }
        return path;
    }

    /** A cell style whose font is {@code fontName}, as an old workbook typed in a legacy Vietnamese font has. */
    public static CellStyle fontStyle(Workbook workbook, String fontName) {
        Font font = workbook.createFont();
        font.setFontName(fontName);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
