package vn.xanh.intake.internal.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * The cooperative's OCOP product list, on a sheet named OCOP or under a "Sản phẩm OCOP" row: counts
 * the products and those that meet the green criteria.
 */
public final class OcopReader {

    private OcopReader() {
    }

    public static List<Reading> read(List<SheetData> sheets, SheetData form, Template.OcopTable ocop, String unitCode,
            List<Problem> problems) {
        String title = Names.fold(ocop.title());
        Optional<SheetData> ocopSheet = sheets.stream().filter(s -> Names.fold(s.name()).equals("ocop")).findFirst();
        SheetData sheet = ocopSheet.orElse(form);
        int start = ocopSheet.isPresent() ? -1 : form.rows().stream()
                .filter(row -> row.cells().stream().anyMatch(c -> Names.fold(c.asText()).equals(title)))
                .mapToInt(SheetData.Row::index).findFirst().orElse(Integer.MAX_VALUE);
        for (SheetData.Row row : sheet.rows()) {
            if (row.index() <= start) {
                continue;
            }
            Optional<CellValue> nameHeading = Labels.findInRow(row, ocop.nameColumn());
            Optional<CellValue> greenHeading = Labels.findInRow(row, ocop.greenColumn());
            if (nameHeading.isPresent() && greenHeading.isPresent()) {
                return count(sheet, row.index(), nameHeading.get(), greenHeading.get(), ocop, unitCode, problems);
            }
        }
        return List.of();
    }

    private static List<Reading> count(SheetData sheet, int headerRow, CellValue nameHeading, CellValue greenHeading,
            Template.OcopTable ocop, String unitCode, List<Problem> problems) {
        Map<String, CellValue> seen = new HashMap<>();
        int products = 0;
        int green = 0;
        for (SheetData.Row row : sheet.rows()) {
            Optional<CellValue> name = row.at(nameHeading.col());
            if (row.index() <= headerRow || name.isEmpty()) {
                continue;
            }
            CellValue earlier = seen.putIfAbsent(Names.fold(name.get().asText()), name.get());
            if (earlier != null) {
                problems.add(Problem.error(sheet.name(), name.get().ref(), ocop.productsMetric().code(), "Sản phẩm "
                        + Vietnamese.quoted(name.get().asText()) + " được ghi hai lần, ở ô " + earlier.ref() + " và ô "
                        + name.get().ref() + ". Mỗi sản phẩm chỉ ghi một dòng."));
                continue;
            }
            CellValue answer = row.at(greenHeading.col()).orElse(null);
            Optional<Boolean> isGreen = YesNo.parse(answer);
            if (isGreen.isEmpty()) {
                problems.add(Problem.error(sheet.name(), answer.ref(), ocop.greenMetric().code(), "Cột "
                        + Vietnamese.quoted(greenHeading.asText()) + " ghi " + Vietnamese.quoted(answer.asText())
                        + ": chỉ ghi “Có” hoặc “Không”."));
                continue;
            }
            products++;
            green += isGreen.get() ? 1 : 0;
        }
        List<Reading> readings = new ArrayList<>();
        readings.add(new Reading(unitCode, ocop.productsMetric().code(), products, nameHeading));
        readings.add(new Reading(unitCode, ocop.greenMetric().code(), green, greenHeading));
        return readings;
    }
}
