package vn.xanh.intake.internal.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.form.Reading;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/** Checks over a whole workbook once read: parts against wholes, and cells converted from old fonts. */
public final class WorkbookChecks {

    private WorkbookChecks() {
    }

    /** A part can never exceed its whole: the clean-water households are among all households. */
    public static void partsWithinWholes(Catalog catalog, List<Reading> readings, List<Problem> problems) {
        Map<String, Map<String, Reading>> byUnit = readings.stream().collect(Collectors.groupingBy(Reading::unitCode,
                HashMap::new, Collectors.toMap(Reading::metric, Function.identity(), (a, b) -> a)));
        for (Map<String, Reading> unitReadings : byUnit.values()) {
            for (Reading part : unitReadings.values()) {
                Metric metric = catalog.metric(part.metric()).orElseThrow();
                Reading whole = metric.atMost() == null ? null : unitReadings.get(metric.atMost());
                if (whole != null && part.value() > whole.value()) {
                    Metric wholeMetric = catalog.metric(whole.metric()).orElseThrow();
                    problems.add(Problem.error(part.cell().sheet(), part.cell().ref(), metric.code(),
                            Vietnamese.quoted(metric.label()) + " (" + Vietnamese.number(part.value()) + ", ô "
                                    + part.cell().ref()
                            + ") lớn hơn " + Vietnamese.quoted(wholeMetric.label()) + " ("
                            + Vietnamese.number(whole.value())
                            + ", ô " + whole.cell().ref() + "). Phần không thể lớn hơn tổng: kiểm tra lại hai số này."));
                }
            }
        }
    }

    /** Each cell typed in an old font was converted before anything read it; the clerk is told which. */
    public static void legacyFontWarnings(List<SheetData> sheets, List<Problem> problems) {
        for (SheetData sheet : sheets) {
            if (!sheet.mayHoldLegacyFont()) {
                continue;
            }
            for (SheetData.Row row : sheet.rows()) {
                List<CellValue> cells = row.cells();
                // By index: a register's million cells pass here, and an iterator each was a tenth of its garbage.
                for (int i = 0; i < cells.size(); i++) {
                    CellValue cell = cells.get(i);
                    if (cell.legacyFont() != null) {
                        problems.add(Problem.warning(cell.sheet(), cell.ref(), null, "Ô này gõ bằng phông chữ cũ "
                                + cell.legacyFont() + ", đã chuyển sang Unicode: " + Vietnamese.quoted(cell.text())
                                + ". Nên dùng"
                                + " phông Unicode (Times New Roman, Arial)."));
                    }
                }
            }
        }
    }
}
