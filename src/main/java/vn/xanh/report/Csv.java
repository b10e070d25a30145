package vn.xanh.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as Excel in Vietnam opens it: UTF-8 with a byte-order mark (or the diacritics break), a header
 * row, a dot for decimals, and text that could start a formula neutralised.
 */
final class Csv {

    private Csv() {
    }

    /** The columns' headings as the header row, then one line per row. */
    static <T> void write(Path file, Columns<T> columns, List<T> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(line(columns.headings()));
            for (T row : rows) {
                out.write(line(columns.values(row)));
            }
        }
    }

    private static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> status) {
            // A status for machines: its code; the workbook shows people its label.
            return status.name();
        }
        String text = value.toString();
        if (FormulaText.looksLikeFormula(text)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
