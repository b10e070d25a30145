package vn.xanh.intake.internal.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.Template;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * A village's household book: a row per household with yes/no columns. Only the counts leave this
 * class; the householders' names are never kept.
 */
public final class HouseholdRegisterReader {

    private static final int MAX_REPORTED_ERRORS = 50;

    /** The heading row, the name column and the column of each flag. */
    public record Columns(int headerRow, int name, Map<Template.Flag, CellValue> flags) {
    }

    private HouseholdRegisterReader() {
    }

    public static Optional<Columns> locate(SheetData sheet, Template template) {
        for (SheetData.Row row : sheet.rows()) {
            Optional<CellValue> name = Labels.findInRow(row, template.nameColumn());
            if (name.isPresent()) {
                Map<Template.Flag, CellValue> flags = new LinkedHashMap<>();
                for (Template.Flag flag : template.flags()) {
                    Labels.findInRow(row, flag.column()).ifPresent(cell -> flags.put(flag, cell));
                }
                return Optional.of(new Columns(row.index(), name.get().col(), flags));
            }
        }
        return Optional.empty();
    }

    public static List<Reading> read(SheetData sheet, Columns columns, Template template, String unitCode,
            List<Problem> problems) {
        // Counted by position: a register has a hundred thousand rows, and a flag's hash is worked out from its fields.
        List<Map.Entry<Template.Flag, CellValue>> flags = List.copyOf(columns.flags().entrySet());
        int[] counts = new int[flags.size()];
        int households = 0;
        int errors = 0;
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() <= columns.headerRow() || row.cellAt(columns.name()) == null) {
                continue;
            }
            households++;
            for (int f = 0; f < flags.size(); f++) {
                Map.Entry<Template.Flag, CellValue> flag = flags.get(f);
                CellValue answer = row.cellAt(flag.getValue().col());
                Optional<Boolean> yes = YesNo.parse(answer);
                if (yes.isEmpty()) {
                    if (++errors <= MAX_REPORTED_ERRORS) {
                        problems.add(Problem.error(sheet.name(), answer.ref(), flag.getKey().metric(), "Cột "
                                + Vietnamese.quoted(flag.getValue().asText()) + " ghi "
                                + Vietnamese.quoted(answer.asText())
                                + ": chỉ ghi “Có” (hoặc x) hoặc để trống."));
                    }
                }
                else if (yes.get()) {
                    counts[f]++;
                }
            }
        }
        if (errors > MAX_REPORTED_ERRORS) {
            problems.add(Problem.error(sheet.name(), null, null, "Còn " + (errors - MAX_REPORTED_ERRORS)
                    + " ô khác ghi sai cách tương tự."));
        }
        List<Reading> readings = new ArrayList<>();
        if (households > 0) {
            CellValue nameHeading = sheet.rows().stream().filter(r -> r.index() == columns.headerRow()).findFirst()
                    .flatMap(r -> r.at(columns.name())).orElseThrow();
            readings.add(new Reading(unitCode, template.totalMetric(), households, nameHeading));
            for (int f = 0; f < flags.size(); f++) {
                readings.add(new Reading(unitCode, flags.get(f).getKey().metric(), counts[f], flags.get(f).getValue()));
            }
        }
        return readings;
    }
}
