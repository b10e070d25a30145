package vn.xanh.intake;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Names;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Fact;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.ActivityTableReader;
import vn.xanh.intake.internal.FormReader;
import vn.xanh.intake.internal.HeaderReader;
import vn.xanh.intake.internal.HouseholdRegisterReader;
import vn.xanh.intake.internal.MarketRowsReader;
import vn.xanh.intake.internal.OcopReader;
import vn.xanh.intake.internal.Periods;
import vn.xanh.intake.internal.Reading;
import vn.xanh.intake.internal.SheetData;
import vn.xanh.intake.internal.WorkbookChecks;
import vn.xanh.intake.internal.WorkbookReader;
import vn.xanh.intake.internal.YesNo;

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

    /** Where the data table was found and what shape it has. */
    private record Table(SheetData sheet, Template.Layout layout, int headerRow, Object columns) {
    }

    public ParsedWorkbook parse(Path file) {
        List<SheetData> sheets;
        try {
            sheets = WorkbookReader.read(file);
        }
        catch (WorkbookReader.UnreadableWorkbookException e) {
            return rejected(Problem.fileError(e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        WorkbookChecks.legacyFontWarnings(sheets, problems);
        Optional<Table> table = locateTable(sheets);
        SheetData main = table.map(Table::sheet).orElse(sheets.isEmpty() ? null : sheets.get(0));
        if (main == null) {
            return rejected(Problem.fileError("Tệp không có trang tính nào."));
        }
        Map<HeaderReader.Field, HeaderReader.Value> header = HeaderReader.read(main, catalog.headerFields(),
                table.map(Table::headerRow).orElse(Integer.MAX_VALUE));

        Template template = recognise(header, table, problems);
        Unit unit = template == null ? null : unit(header, template, main, problems);
        YearMonth period = period(header, main, problems);
        if (table.isEmpty()) {
            problems.add(Problem.error(main.name(), null, null, "Không tìm thấy bảng số liệu: cần một dòng tiêu đề"
                    + " có các cột „Mã số”, „Chỉ tiêu” và „Số liệu”. Hãy dùng mẫu biểu do xã phát hành."));
        }
        boolean nothingToReport = nothingToReport(header);
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
            problems.add(Problem.error(main.name(), null, null, "Tệp không có số liệu nào: cột „Số liệu” đang để"
                    + " trống. Hãy ghi số liệu của tháng rồi gửi lại."));
        }
        List<Fact> facts = period == null ? List.of() : readings.stream()
                .map(r -> new Fact(r.unitCode(), period, r.metric(), BigDecimal.valueOf(r.value()))).toList();
        return new ParsedWorkbook(template, unit, period, nothingToReport, facts, problems);
    }

    private static ParsedWorkbook activityLog(List<SheetData> sheets, Table table, Template template, Unit unit,
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
                    + " hoạt động của tháng; nếu trong tháng không có hoạt động, ghi „Không phát sinh: Có” ở đầu biểu."));
        }
        return new ParsedWorkbook(template, unit, period, nothingToReport, List.of(), problems,
                period == null ? List.of() : log.activities(), period == null ? List.of() : log.models());
    }

    /** "Không phát sinh: Có": the unit had nothing to report this month, which counts as reporting. */
    private static boolean nothingToReport(Map<HeaderReader.Field, HeaderReader.Value> header) {
        HeaderReader.Value value = header.get(HeaderReader.Field.NOTHING_TO_REPORT);
        return value != null && YesNo.parse(value.text()).orElse(false);
    }

    private static ParsedWorkbook rejected(Problem problem) {
        return new ParsedWorkbook(null, null, null, false, List.of(), List.of(problem));
    }

    private Optional<Table> locateTable(List<SheetData> sheets) {
        for (SheetData sheet : sheets) {
            String name = Names.fold(sheet.name());
            if (name.startsWith("huong dan") || name.equals("ocop")) {
                continue;
            }
            // Row by row, every layout at each row: the heading is near the top, so a 200,000-row register is
            // recognised at its fifth row instead of after every cell of every row was tried as a market table.
            for (SheetData.Row row : sheet.rows()) {
                Optional<Table> table = locateAt(sheet, new SheetData(sheet.name(), List.of(row)));
                if (table.isPresent()) {
                    return table;
                }
            }
        }
        return Optional.empty();
    }

    /** The table whose heading is the one row of {@code heading}, in the order the layouts are tried. */
    private Optional<Table> locateAt(SheetData sheet, SheetData heading) {
        for (Template template : catalog.templates()) {
            if (template.layout() == Template.Layout.MARKET_ROWS) {
                Optional<MarketRowsReader.Columns> columns = MarketRowsReader.locate(heading, template);
                if (columns.isPresent()) {
                    return Optional.of(new Table(sheet, template.layout(), columns.get().headerRow(), columns.get()));
                }
            }
            if (template.layout() == Template.Layout.ACTIVITY_LOG) {
                Optional<ActivityTableReader.Columns> columns = ActivityTableReader.locate(heading,
                        template.activityLog());
                if (columns.isPresent()) {
                    return Optional.of(new Table(sheet, template.layout(), columns.get().headerRow(), columns.get()));
                }
            }
            if (template.layout() == Template.Layout.HOUSEHOLD_REGISTER) {
                Optional<HouseholdRegisterReader.Columns> columns = HouseholdRegisterReader.locate(heading, template);
                if (columns.isPresent()) {
                    return Optional.of(new Table(sheet, template.layout(), columns.get().headerRow(), columns.get()));
                }
            }
        }
        return FormReader.locate(heading)
                .map(form -> new Table(sheet, Template.Layout.FORM, form.headerRow(), form));
    }

    private Template recognise(Map<HeaderReader.Field, HeaderReader.Value> header, Optional<Table> table,
            List<Problem> problems) {
        HeaderReader.Value named = header.get(HeaderReader.Field.TEMPLATE);
        if (named != null) {
            String id = named.text().strip().replaceAll("[\\s.:]+$", "");
            Optional<Template> template = catalog.template(id);
            if (template.isEmpty()) {
                problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Mẫu biểu „" + id
                        + "” không có. Các mẫu của xã: " + templateIds() + "."));
            }
            return template.orElse(null);
        }
        if (table.isEmpty()) {
            return null;
        }
        Table found = table.get();
        if (found.layout() != Template.Layout.FORM) {
            return catalog.templates().stream().filter(t -> t.layout() == found.layout()).findFirst().orElse(null);
        }
        List<String> codes = FormReader.codes(found.sheet(), (FormReader.Columns) found.columns());
        Optional<Template> best = catalog.templates().stream().filter(t -> t.layout() == Template.Layout.FORM)
                .max(Comparator.comparingLong(t -> codes.stream().filter(c -> t.metric(c).isPresent()).count()));
        if (best.isEmpty() || codes.stream().noneMatch(c -> best.get().metric(c).isPresent())) {
            problems.add(Problem.error(found.sheet().name(), null, null, "Không nhận ra mẫu biểu: không có ô „Mẫu số”"
                    + " và các mã số trong bảng không thuộc mẫu nào (" + templateIds() + ")."
                    + " Hãy ghi „Mẫu số: THON” (hoặc HTX, CHO, XA, SOHO) ở đầu biểu."));
            return null;
        }
        return best.get();
    }

    private Unit unit(Map<HeaderReader.Field, HeaderReader.Value> header, Template template, SheetData main,
            List<Problem> problems) {
        HeaderReader.Value named = header.get(HeaderReader.Field.UNIT);
        if (named == null || named.text().isBlank()) {
            problems.add(Problem.error(main.name(), null, null, "Thiếu tên đơn vị báo cáo ở đầu biểu. Hãy ghi"
                    + " „Đơn vị báo cáo:” và tên " + template.unitKind().label() + ", ví dụ „"
                    + catalog.units().ofKind(template.unitKind()).get(0).name() + "”."));
            return null;
        }
        Optional<Unit> unit = catalog.units().find(template.senders(), named.text());
        if (unit.isEmpty()) {
            problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Đơn vị „" + named.text()
                    + "” không có trong danh sách " + template.unitKind().label() + " của xã ("
                    + String.join(", ", catalog.units().ofKinds(template.senders()).stream().map(Unit::name).toList())
                    + "). Sửa tên cho đúng hoặc báo xã bổ sung vào danh sách."));
        }
        return unit.orElse(null);
    }

    private YearMonth period(Map<HeaderReader.Field, HeaderReader.Value> header, SheetData main,
            List<Problem> problems) {
        HeaderReader.Value named = header.get(HeaderReader.Field.PERIOD);
        if (named == null) {
            problems.add(Problem.error(main.name(), null, null, "Thiếu kỳ báo cáo ở đầu biểu. Hãy ghi"
                    + " „Kỳ báo cáo: Tháng 11/2026”."));
            return null;
        }
        Optional<YearMonth> period = Periods.parse(named.cell()).or(() -> Periods.parse(named.text()));
        if (period.isEmpty()) {
            problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Kỳ báo cáo „" + named.text()
                    + "” không rõ là tháng nào. Hãy ghi dạng „Tháng 11/2026” hoặc „11/2026”."));
            return null;
        }
        YearMonth now = YearMonth.now(clock);
        if (period.get().isAfter(now)) {
            problems.add(Problem.error(named.cell().sheet(), named.cell().ref(), null, "Kỳ báo cáo tháng "
                    + Periods.format(period.get()) + " chưa tới (tháng hiện tại là " + Periods.format(now)
                    + "). Kiểm tra lại tháng báo cáo."));
            return null;
        }
        return period.get();
    }

    private List<Reading> read(List<SheetData> sheets, Table table, Template template, Unit unit,
            List<Problem> problems) {
        return switch (template.layout()) {
            case FORM -> {
                if (table.layout() != Template.Layout.FORM) {
                    problems.add(Problem.error(table.sheet().name(), null, null, "Bảng số liệu không đúng mẫu "
                            + template.id() + ": cần các cột „Mã số”, „Chỉ tiêu”, „Số liệu”."));
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

    private static List<Reading> wrongShape(Table table, Template template, List<Problem> problems) {
        problems.add(Problem.error(table.sheet().name(), null, null, "Bảng số liệu không đúng mẫu " + template.id()
                + " („" + template.name() + "”). Hãy dùng mẫu biểu do xã phát hành."));
        return List.of();
    }

    private String templateIds() {
        return String.join(", ", catalog.templates().stream().map(Template::id).toList());
    }
}
