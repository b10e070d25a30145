package vn.xanh.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.xanh.catalog.Indicator;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Status;

/**
 * The indicator table, each column declared once as its heading in {@code indicators.csv} beside the value it
 * reads; the workbook's sheet "Chỉ tiêu" shows most of them again in its own order under Vietnamese headings.
 * The one place the reports read an indicator's result.
 */
final class IndicatorColumns {

    /** One indicator's row: its entry in the catalogue and its stored result. */
    record Line(Indicator indicator, IndicatorResult result) {
    }

    private static final Column<Line, String> CODE = Column.of("code", line -> line.indicator().code());
    private static final Column<Line, String> NAME = Column.of("name", line -> line.indicator().name());
    private static final Column<Line, Double> VALUE = Column.of("value", line -> line.result().measured().value());
    private static final Column<Line, String> UNIT = Column.of("unit", line -> line.indicator().unit());
    private static final Column<Line, Double> TARGET = Column.of("target", line -> line.result().measured().target());
    private static final Column<Line, Double> ATTAINMENT = Column.of("attainment", line -> line.result().progress().attainment());
    private static final Column<Line, Status> STATUS = Column.of("status", line -> line.result().status());
    private static final Column<Line, Double> NUMERATOR = Column.of("numerator", line -> line.result().measured().numerator());
    private static final Column<Line, Double> DENOMINATOR = Column.of("denominator",
            line -> line.result().measured().denominator());
    private static final Column<Line, Integer> UNITS_REPORTING = Column.of("units_reporting",
            line -> line.result().measured().unitsReporting());
    private static final Column<Line, Integer> UNITS_EXPECTED = Column.of("units_expected",
            line -> line.result().measured().unitsExpected());
    private static final Column<Line, Double> TRAJECTORY = Column.of("trajectory", line -> line.result().progress().trajectory());
    private static final Column<Line, String> STATUS_LABEL = STATUS.then("status_label", Status::label);
    private static final Column<Line, Double> BASELINE = Column.of("baseline", line -> line.result().progress().baselineValue());
    private static final Column<Line, LocalDate> BASELINE_DATE = Column.of("baseline_date",
            line -> line.result().progress().baselineDate());
    private static final Column<Line, Double> PROJECTION = Column.of("projection", line -> line.result().outlook().projection());
    private static final Column<Line, String> FORECAST = Column.of("forecast",
            line -> line.result().outlook().forecast().label());
    private static final Column<Line, Double> GAIN_PER_YEAR = Column.of("gain_per_year",
            line -> line.result().outlook().gainPerYear());
    private static final Column<Line, Double> DISTANCE_TRAVELLED = Column.of("distance_travelled",
            line -> line.result().progress().distanceTravelled());
    private static final Column<Line, Double> TIME_ELAPSED = Column.of("time_elapsed",
            line -> line.result().progress().timeElapsed());
    private static final Column<Line, Boolean> REGRESSION = Column.of("regression", line -> line.result().regression());
    private static final Column<Line, String> NOTE = Column.of("note", line -> line.result().note());

    /** {@code indicators.csv}: every column, for machines. */
    static final Columns<Line> CSV = Columns.of(CODE, NAME, VALUE, UNIT, TARGET, ATTAINMENT, STATUS, NUMERATOR,
            DENOMINATOR, UNITS_REPORTING, UNITS_EXPECTED, TRAJECTORY, STATUS_LABEL, BASELINE, BASELINE_DATE,
            PROJECTION, FORECAST, GAIN_PER_YEAR, DISTANCE_TRAVELLED, TIME_ELAPSED, REGRESSION, NOTE);

    private IndicatorColumns() {
    }

    /**
     * The sheet "Chỉ tiêu": the CSV's columns a reader needs, in the order they read them; the status shown once
     * (its coloured label), the shares of way and time and the regression flag left to the CSV.
     */
    static Columns<Line> sheet(int targetYear) {
        return Columns.of(CODE.as("Mã"), NAME.as("Chỉ tiêu"), VALUE.as("Giá trị"), UNIT.as("Đơn vị tính"),
                TARGET.as("Mục tiêu " + targetYear), ATTAINMENT.as("Mức đạt (%)"), STATUS.as("Tình trạng"),
                TRAJECTORY.as("Lộ trình hôm nay"), PROJECTION.as("Dự báo " + targetYear),
                FORECAST.as("Đánh giá dự báo"), GAIN_PER_YEAR.as("Cần thêm mỗi năm"),
                UNITS_REPORTING.as("Đơn vị báo cáo"), UNITS_EXPECTED.as("Đơn vị phải báo cáo"), NUMERATOR.as("Tử số"),
                DENOMINATOR.as("Mẫu số"), BASELINE.as("Giá trị gốc"), BASELINE_DATE.as("Ngày gốc"),
                NOTE.as("Ghi chú"));
    }

    /** The rows: the catalogue's indicators in its order, those with a result. */
    static List<Line> lines(List<Indicator> indicators, Map<String, IndicatorResult> results) {
        return indicators.stream().filter(indicator -> results.containsKey(indicator.code()))
                .map(indicator -> new Line(indicator, results.get(indicator.code()))).toList();
    }
}
