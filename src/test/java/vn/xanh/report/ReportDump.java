package vn.xanh.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One run's CSVs and report workbook as text: per file or sheet a title line, its first lines in full and a
 * fingerprint of all of them (every byte of a CSV; every cell's value, type, format, colours and the widths of
 * a sheet), so two runs can be compared and a difference is shown where it is.
 */
final class ReportDump {

    private static final int SHOWN = 4;

    private ReportDump() {
    }

    static List<String> of(Path directory, Path workbook) throws IOException {
        List<String> dump = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                dump.addAll(section("csv " + csv.getFileName(), csvLines(csv)));
            }
        }
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook read = new XSSFWorkbook(in)) {
            for (int s = 0; s < read.getNumberOfSheets(); s++) {
                XSSFSheet sheet = read.getSheetAt(s);
                dump.addAll(section("sheet " + sheet.getSheetName(), sheetLines(sheet)));
            }
        }
        return dump;
    }

    private static List<String> section(String title, List<String> lines) {
        List<String> section = new ArrayList<>();
        section.add("== " + title + ": " + lines.size() + " lines, sha-256 " + sha256(lines));
        section.addAll(lines.subList(0, Math.min(SHOWN, lines.size())));
        return section;
    }

    /** The lines as written, the byte-order mark and the line ends made visible. */
    private static List<String> csvLines(Path csv) throws IOException {
        String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8).replace("\uFEFF", "<BOM>");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("(?<=\r\n)")) {
            lines.add(line.replace("\r\n", "<CRLF>").replace("\n", "<LF>").replace("\r", "<CR>"));
        }
        return lines;
    }

    private static List<String> sheetLines(XSSFSheet sheet) {
        List<String> lines = new ArrayList<>();
        StringBuilder layout = new StringBuilder("freeze " + sheet.getPaneInformation().getHorizontalSplitPosition()
                + ", filter " + (sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter()
                        .getRef() : "none") + ", widths");
        for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
            layout.append(' ').append(sheet.getColumnWidth(c));
        }
        lines.add(layout.toString());
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(cell(row.getCell(c)));
            }
            lines.add(row.getRowNum() + ": " + String.join(" | ", cells));
        }
        return lines;
    }

    private static String cell(Cell cell) {
        if (cell == null) {
            return "-";
        }
        String value = switch (cell.getCellType()) {
            case NUMERIC -> String.valueOf(cell.getNumericCellValue());
            case STRING -> "\"" + cell.getStringCellValue().replace("\n", "<LF>") + "\"";
            default -> cell.getCellType().name();
        };
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        List<String> look = new ArrayList<>();
        if (!"General".equals(style.getDataFormatString())) {
            look.add(style.getDataFormatString());
        }
        if (style.getQuotePrefixed()) {
            look.add("quoted");
        }
        if (style.getFont().getBold()) {
            look.add("bold");
        }
        colour(look, "fill", style.getFillForegroundXSSFColor());
        colour(look, "ink", style.getFont().getXSSFColor());
        if (style.getWrapText()) {
            look.add("wrap");
        }
        if (style.getBorderBottom() != BorderStyle.NONE) {
            look.add("border " + style.getBorderBottom());
        }
        return look.isEmpty() ? value : value + " {" + String.join(" ", look) + "}";
    }

    private static void colour(List<String> look, String name, XSSFColor colour) {
        if (colour != null && colour.getARGBHex() != null) {
            look.add(name + " " + colour.getARGBHex());
        }
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
