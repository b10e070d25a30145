package vn.xanh.intake.internal.workbook;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Sheets as lines of text, so the fuzzer mutates cells rather than zip bytes when it tries the header and table
 * readers: {@code #name} starts a sheet, {@code row<TAB>col<TAB>kind<TAB>value} is a cell (kind T, N, D, B or E).
 * Decoding keeps what every reader gives: rows and cells in order, one cell a place, texts composed and stripped.
 */
public final class SheetsText {

    private static final int MAX_ROW = 1_048_575;
    private static final int MAX_COL = 16_383;

    private SheetsText() {
    }

    /** The sheets the text describes; a line that describes nothing is skipped, as a reader skips a blank cell. */
    public static List<SheetData> decode(byte[] bytes) {
        Map<String, TreeMap<Integer, TreeMap<Integer, CellValue>>> sheets = new java.util.LinkedHashMap<>();
        String sheet = "Sheet1";
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#")) {
                sheet = line.substring(1);
                sheets.computeIfAbsent(sheet, s -> new TreeMap<>());
                continue;
            }
            String[] field = line.split("\t", 4);
            if (field.length < 4) {
                continue;
            }
            int row = bounded(field[0], MAX_ROW);
            int col = bounded(field[1], MAX_COL);
            CellValue cell = row < 0 || col < 0 ? null : cell(sheet, row, col, field[2], field[3]);
            if (cell != null) {
                sheets.computeIfAbsent(sheet, s -> new TreeMap<>()).computeIfAbsent(row, r -> new TreeMap<>()).put(col, cell);
            }
        }
        List<SheetData> read = new ArrayList<>();
        sheets.forEach((name, rows) -> {
            List<SheetData.Row> list = new ArrayList<>();
            rows.forEach((row, cells) -> list.add(new SheetData.Row(row, new ArrayList<>(cells.values()))));
            read.add(new SheetData(name, list));
        });
        return read;
    }

    /** The sheets as text. */
    public static byte[] encode(List<SheetData> sheets) {
        StringBuilder text = new StringBuilder();
        for (SheetData sheet : sheets) {
            text.append('#').append(sheet.name()).append('\n');
            for (SheetData.Row row : sheet.rows()) {
                for (CellValue cell : row.cells()) {
                    String value = switch (cell.kind()) {
                        case NUMBER -> Double.toString(cell.number());
                        case DATE -> cell.date().toString();
                        default -> cell.text().replaceAll("[\t\r\n]", " ");
                    };
                    text.append(row.index()).append('\t').append(cell.col()).append('\t').append(cell.kind().name().charAt(0))
                            .append('\t').append(value).append('\n');
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every workbook of the seeds, read by the product's readers, as text. */
    public static Stream<Arguments> seeds() {
        List<Arguments> seeds = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("fuzz-sheets");
            int n = 0;
            for (byte[] workbook : FuzzSeeds.xlsx()) {
                Path file = Files.write(dir.resolve("seed" + n++ + ".xlsx"), workbook);
                try {
                    seeds.add(FuzzSeeds.argument(encode(WorkbookReader.read(file))));
                }
                catch (WorkbookReader.UnreadableWorkbookException e) {
                    // a hostile file: no sheets to start from
                }
            }
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seeds.stream();
    }

    private static CellValue cell(String sheet, int row, int col, String kind, String value) {
        try {
            return switch (kind) {
                case "T" -> CellValues.text(sheet, row, col, value, null);
                case "N" -> CellValues.number(sheet, row, col, Double.parseDouble(value), false);
                case "D" -> CellValues.number(sheet, row, col, DateUtil.getExcelDate(LocalDate.parse(value)), true);
                case "B" -> CellValues.bool(sheet, row, col, value.equals("TRUE"));
                case "E" -> new CellValue(sheet, row, col, CellValue.Kind.ERROR, value, 0, null);
                default -> null;
            };
        }
        catch (RuntimeException e) {
            return null;
        }
    }

    private static int bounded(String number, int max) {
        try {
            int value = Integer.parseInt(number.strip());
            return value > max ? -1 : value;
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }
}
