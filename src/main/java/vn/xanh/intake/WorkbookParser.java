package vn.xanh.intake;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Fact;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.check.WorkbookChecks;
import vn.xanh.intake.internal.form.ActivityTableReader;
import vn.xanh.intake.internal.form.DataTable;
import vn.xanh.intake.internal.form.FormReader;
import vn.xanh.intake.internal.form.HeaderReader;
import vn.xanh.intake.internal.form.HouseholdRegisterReader;
import vn.xanh.intake.internal.form.MarketRowsReader;
import vn.xanh.intake.internal.form.OcopReader;
import vn.xanh.intake.internal.form.Reading;
import vn.xanh.intake.internal.form.Recognition;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.intake.internal.workbook.WorkbookReader;

/**
 * Reads one workbook into a {@link ParsedWorkbook}: finds the table, recognises the template, the
 * unit and the month, reads every value and checks every part against its whole. Touches no database
 * and moves no file.
 */
@Component
public class WorkbookParser {

    private final Catalog catalog;
    private final Clock clock;

    public WorkbookParser(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public ParsedWorkbook parse(Path file) {
        List<SheetData> sheets;
        try {
            sheets = WorkbookReader.read(file);
        }
        catch (WorkbookReader.UnreadableWorkbookException e) {
            return rejected(Problem.fileError(e.getMessage()));
        }
        return parse(sheets);
    }

    /** The sheets of a workbook already read, as {@link #parse(Path)} goes on with them (and the fuzz tests start). */
    ParsedWorkbook parse(List<SheetData> sheets) {
        List<Problem> problems = new ArrayList<>();
        WorkbookChecks.legacyFontWarnings(sheets, problems);
        Optional<DataTable> table = DataTable.locate(catalog, sheets);
        SheetData main = table.map(DataTable::sheet).orElse(sheets.isEmpty() ? null : sheets.get(0));
        if (main == null) {
            return rejected(Problem.fileError("Tệp không có trang tính nào."));
        }
        Map<HeaderReader.Field, HeaderReader.Value> header = HeaderReader.read(main, catalog.headerFields(),
                table.map(DataTable::headerRow).orElse(Integer.MAX_VALUE));

        Template template = Recognition.template(catalog, header, table, problems);
        Unit unit = template == null ? null : Recognition.unit(catalog, header, template, main, problems);
        YearMonth period = Recognition.period(clock, header, main, problems);
        if (table.isEmpty()) {
            problems.add(Problem.error(main.name(), null, null, "Không tìm thấy bảng số liệu: cần một dòng tiêu đề"
                    + " có các cột “Mã số”, “Chỉ tiêu” và “Số liệu”. Hãy dùng mẫu biểu do xã phát hành."));
        }
        boolean nothingToReport = Recognition.nothingToReport(header);
        if (nothingToReport && table.isEmpty()) {
            problems.removeIf(p -> p.isError() && p.cell() == null && p.message().startsWith("Không tìm thấy bảng"));
        }
        if (template == null || unit == null || table.isEmpty()) {
            return new ParsedWorkbook(template, unit, period, nothingToReport, List.of(), problems);
        }
        if (template.layout() == Template.Layout.ACTIVITY_LOG) {
            return activityLog(sheets, table.get(), template, unit, period, nothingToReport, problems);
        }
        List<Reading> readings = read(sheets, table.get(), template, unit, problems);
        WorkbookChecks.partsWithinWholes(catalog, readings, problems);
        if (readings.isEmpty() && !nothingToReport && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(main.name(), null, null, "Tệp không có số liệu nào: cột “Số liệu” đang để"
                    + " trống. Hãy ghi số liệu của tháng rồi gửi lại."));
        }
        List<Fact> facts = period == null ? List.of() : readings.stream()
                .map(r -> new Fact(r.unitCode(), period, r.metric(), BigDecimal.valueOf(r.value()))).toList();
        return new ParsedWorkbook(template, unit, period, nothingToReport, facts, problems);
    }

    private static ParsedWorkbook activityLog(List<SheetData> sheets, DataTable table, Template template, Unit unit,
            YearMonth period, boolean nothingToReport, List<Problem> problems) {
        if (!(table.columns() instanceof ActivityTableReader.Columns columns)) {
            wrongShape(table, template, problems);
            return new ParsedWorkbook(template, unit, period, nothingToReport, List.of(), problems);
        }
        ActivityTableReader.Log log = ActivityTableReader.read(sheets, table.sheet(), columns, template.activityLog(),
                unit.code(), period, problems);
        if (log.activities().isEmpty() && log.models().isEmpty() && !nothingToReport
                && problems.stream().noneMatch(Problem::isError)) {
            problems.add(Problem.error(table.sheet().name(), null, null, "Bảng hoạt động chưa có dòng nào. Hãy ghi các"
                    + " hoạt động của tháng; nếu trong tháng không có hoạt động, ghi “Không phát sinh: Có” ở đầu biểu."));
        }
        return new ParsedWorkbook(template, unit, period, nothingToReport, List.of(), problems,
                period == null ? List.of() : log.activities(), period == null ? List.of() : log.models());
    }

    private static ParsedWorkbook rejected(Problem problem) {
        return new ParsedWorkbook(null, null, null, false, List.of(), List.of(problem));
    }

    private List<Reading> read(List<SheetData> sheets, DataTable table, Template template, Unit unit,
            List<Problem> problems) {
        return switch (template.layout()) {
            case FORM -> {
                if (table.layout() != Template.Layout.FORM) {
                    problems.add(Problem.error(table.sheet().name(), null, null, "Bảng số liệu không đúng mẫu "
                            + template.id() + ": cần các cột “Mã số”, “Chỉ tiêu”, “Số liệu”."));
                    yield List.of();
                }
                List<Reading> readings = new ArrayList<>(FormReader.read(table.sheet(), (FormReader.Columns) table.columns(),
                        template, unit.code(), problems));
                if (template.ocop() != null) {
                    readings.addAll(OcopReader.read(sheets, table.sheet(), template.ocop(), unit.code(), problems));
                }
                yield readings;
            }
            case MARKET_ROWS -> table.columns() instanceof MarketRowsReader.Columns columns
                    ? MarketRowsReader.read(table.sheet(), columns, template, unit, catalog.units(), problems)
                    : wrongShape(table, template, problems);
            case HOUSEHOLD_REGISTER -> table.columns() instanceof HouseholdRegisterReader.Columns columns
                    ? HouseholdRegisterReader.read(table.sheet(), columns, template, unit.code(), problems)
                    : wrongShape(table, template, problems);
            case ACTIVITY_LOG -> wrongShape(table, template, problems);
        };
    }

    private static List<Reading> wrongShape(DataTable table, Template template, List<Problem> problems) {
        problems.add(Problem.error(table.sheet().name(), null, null, "Bảng số liệu không đúng mẫu " + template.id()
                + " (" + vn.xanh.system.Vietnamese.quoted(template.name()) + "). Hãy dùng mẫu biểu do xã phát hành."));
        return List.of();
    }
}
