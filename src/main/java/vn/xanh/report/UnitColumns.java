package vn.xanh.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Metric;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.CompletenessRepository;
import vn.xanh.indicators.calc.ReportStatus;
import vn.xanh.system.Vietnamese;

/**
 * The tables by unit, each column declared once as its heading in the CSV beside the value it reads, and shown
 * again in the workbook under a Vietnamese heading: the facts in effect, each indicator's units from the one
 * holding it back most, and who has reported. A unit's name is shown from its code, through the catalogue.
 */
final class UnitColumns {

    private UnitColumns() {
    }

    /** {@code facts.csv} and the sheet "Số liệu". */
    static final class Facts {

        private static final Column<EffectiveFact, YearMonth> PERIOD = Column.of("period", EffectiveFact::period);
        private static final Column<EffectiveFact, String> METRIC = Column.of("metric", EffectiveFact::metric);
        private static final Column<EffectiveFact, BigDecimal> VALUE = Column.of("value", EffectiveFact::value);
        private static final Column<EffectiveFact, String> FILE = Column.of("file", EffectiveFact::fileName);
        private static final Column<EffectiveFact, String> UNIT_CODE = Column.of("unit_code",
                EffectiveFact::unitCode);

        private final Catalog catalog;
        private final Column<EffectiveFact, String> unit;

        Facts(Catalog catalog) {
            this.catalog = catalog;
            this.unit = UNIT_CODE.then("unit", catalog.units()::nameOf);
        }

        Columns<EffectiveFact> csv() {
            return Columns.of(unit, PERIOD, METRIC, VALUE, FILE, UNIT_CODE);
        }

        /** The same less the unit's code, with the metric's label beside its code. */
        Columns<EffectiveFact> sheet() {
            return Columns.of(unit.as("Đơn vị"), PERIOD.as("Tháng"), METRIC.as("Mã số"),
                    METRIC.then("Chỉ tiêu", code -> catalog.metric(code).map(Metric::label).orElse("")),
                    VALUE.as("Giá trị"), FILE.as("Tệp"));
        }
    }

    /** {@code breakdown.csv} and one sheet per indicator, "… theo đơn vị". */
    static final class Breakdown {

        private static final Column<BreakdownRepository.Row, String> CODE = Column.of("code",
                BreakdownRepository.Row::code);
        private static final Column<BreakdownRepository.Row, Double> VALUE = Column.of("value",
                row -> row.share().value());
        private static final Column<BreakdownRepository.Row, Double> NUMERATOR = Column.of("numerator",
                row -> row.share().numerator());
        private static final Column<BreakdownRepository.Row, Double> DENOMINATOR = Column.of("denominator",
                row -> row.share().denominator());
        private static final Column<BreakdownRepository.Row, Double> SHORTFALL = Column.of("shortfall",
                row -> row.share().shortfall());
        private static final Column<BreakdownRepository.Row, Integer> POSITION = Column.of("position",
                row -> row.share().position());
        private static final Column<BreakdownRepository.Row, String> UNIT_CODE = Column.of("unit_code",
                row -> row.share().unit());

        private final Column<BreakdownRepository.Row, String> unit;

        Breakdown(Catalog catalog) {
            this.unit = UNIT_CODE.then("unit", catalog.units()::nameOf);
        }

        Columns<BreakdownRepository.Row> csv() {
            return Columns.of(CODE, unit, VALUE, NUMERATOR, DENOMINATOR, SHORTFALL, POSITION, UNIT_CODE);
        }

        /** One indicator's units, the one holding it back most first, its value headed by its unit of measure. */
        Columns<BreakdownRepository.Row> sheet(String unitOfMeasure) {
            return Columns.of(POSITION.as("Thứ tự kéo chậm"), unit.as("Đơn vị"),
                    VALUE.as("Giá trị (" + unitOfMeasure + ")"), NUMERATOR.as("Tử số"), DENOMINATOR.as("Mẫu số"),
                    SHORTFALL.as("Còn thiếu"));
        }
    }

    /** {@code completeness.csv} and the sheet "Tình hình báo cáo". */
    static final class Completeness {

        private static final Column<CompletenessRepository.Row, YearMonth> PERIOD = Column.of("period",
                CompletenessRepository.Row::period);
        private static final Column<CompletenessRepository.Row, String> KIND = Column.of("kind",
                CompletenessRepository.Row::unitKind);
        private static final Column<CompletenessRepository.Row, ReportStatus> STATUS = Column.of("status",
                CompletenessRepository.Row::status);
        private static final Column<CompletenessRepository.Row, String> STATUS_LABEL = STATUS.then("status_label",
                ReportStatus::label);
        private static final Column<CompletenessRepository.Row, LocalDate> ARRIVED = Column.of("arrived",
                CompletenessRepository.Row::arrived);
        private static final Column<CompletenessRepository.Row, Integer> SILENT_MONTHS = Column.of("silent_months",
                CompletenessRepository.Row::silentMonths);
        private static final Column<CompletenessRepository.Row, String> UNIT_CODE = Column.of("unit_code",
                CompletenessRepository.Row::unitCode);

        private final Column<CompletenessRepository.Row, String> unit;

        Completeness(Catalog catalog) {
            this.unit = UNIT_CODE.then("unit", catalog.units()::nameOf);
        }

        Columns<CompletenessRepository.Row> csv() {
            return Columns.of(PERIOD, KIND, unit, STATUS, STATUS_LABEL, ARRIVED, SILENT_MONTHS, UNIT_CODE);
        }

        /** The month as people write it, the status by its label only. */
        Columns<CompletenessRepository.Row> sheet() {
            return Columns.of(PERIOD.then("Tháng", Vietnamese::month), unit.as("Đơn vị"), STATUS_LABEL.as("Tình trạng"),
                    ARRIVED.as("Ngày nhận"), SILENT_MONTHS.as("Số tháng liền không báo cáo"));
        }
    }
}
