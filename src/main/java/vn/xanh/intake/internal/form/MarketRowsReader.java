package vn.xanh.intake.internal.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;
import vn.xanh.catalog.UnitRegistry;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/** The market board's table: a row per market, a column per metric. */
public final class MarketRowsReader {

    /** The heading row, the column naming the market and the column of each metric. */
    public record Columns(int headerRow, int unit, Map<Metric, Integer> metrics) {
    }

    private MarketRowsReader() {
    }

    public static Optional<Columns> locate(SheetData sheet, Template template) {
        for (SheetData.Row row : sheet.rows()) {
            Optional<CellValue> unitHeading = Labels.findInRow(row, template.rowUnitColumn());
            if (unitHeading.isEmpty()) {
                continue;
            }
            Map<Metric, Integer> metrics = new LinkedHashMap<>();
            for (Metric metric : template.metrics()) {
                Labels.findInRow(row, List.of(metric.label())).ifPresent(cell -> metrics.put(metric, cell.col()));
            }
            if (!metrics.isEmpty()) {
                return Optional.of(new Columns(row.index(), unitHeading.get().col(), metrics));
            }
        }
        return Optional.empty();
    }

    public static List<Reading> read(SheetData sheet, Columns columns, Template template, Unit board,
            UnitRegistry registry, List<Problem> problems) {
        List<Unit> markets = registry.marketsOf(board.code());
        Map<String, CellValue> seen = new HashMap<>();
        List<Reading> readings = new ArrayList<>();
        for (Metric metric : template.metrics()) {
            if (!columns.metrics().containsKey(metric)) {
                problems.add(Problem.error(sheet.name(), null, metric.code(), "Bảng thiếu cột "
                        + Vietnamese.quoted(metric.label())
                        + ". Dùng mẫu biểu của xã hoặc thêm cột này."));
            }
        }
        for (SheetData.Row row : sheet.rows()) {
            Optional<CellValue> nameCell = row.at(columns.unit());
            if (row.index() <= columns.headerRow() || nameCell.isEmpty()) {
                continue;
            }
            boolean hasNumbers = columns.metrics().values().stream().anyMatch(col -> row.at(col).isPresent());
            if (!hasNumbers) {
                continue;
            }
            CellValue name = nameCell.get();
            Optional<Unit> market = registry.find(UnitKind.MARKET, name.asText())
                    .filter(m -> board.code().equals(m.parentCode()));
            if (market.isEmpty() && TableEnd.isTotalLabel(name)) {
                continue; // the totals row, by the rule every table shares: its numbers are never counted
            }
            if (market.isEmpty()) {
                problems.add(Problem.error(name.sheet(), name.ref(), null, "Chợ " + Vietnamese.quoted(name.asText())
                        + " không có"
                        + " trong danh sách chợ của " + board.name() + " (" + names(markets) + ")."
                        + " Sửa tên chợ cho đúng hoặc báo xã bổ sung vào danh sách."));
                continue;
            }
            CellValue earlier = seen.putIfAbsent(market.get().code(), name);
            if (earlier != null) {
                problems.add(Problem.error(name.sheet(), name.ref(), null, market.get().name() + " được ghi hai lần,"
                        + " ở ô " + earlier.ref() + " và ô " + name.ref() + ". Chỉ giữ lại một dòng."));
                continue;
            }
            columns.metrics().forEach((metric, col) -> row.at(col).ifPresent(cell -> CellNumbers
                    .read(cell, metric, problems)
                    .ifPresent(value -> readings.add(new Reading(market.get().code(), metric.code(), value, cell)))));
        }
        return readings;
    }

    private static String names(List<Unit> units) {
        return String.join(", ", units.stream().map(Unit::name).toList());
    }
}
