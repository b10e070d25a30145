package vn.xanh.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.Activity;
import vn.xanh.facts.ActivityRepository;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.system.Vietnamese;

/**
 * The activity logs and green models of the last twelve months up to the run's, with their columns:
 * {@code activities.csv} (codes, for machines) and the report workbook's two sheets (names, for people).
 */
final class ActivityRows {

    static final int MONTHS = 12;

    private static final Column<Activity, LocalDate> DATE = Column.of("date", Activity::heldOn);
    private static final Column<Activity, String> FORM = Column.of("form", Activity::form);
    private static final Column<Activity, String> CONTENT = Column.of("content", Activity::content);
    private static final Column<Activity, String> TASK_AREA = Column.of("task_area", Activity::taskArea);
    private static final Column<Activity, String> PLACE = Column.of("place", Activity::place);
    private static final Column<Activity, Integer> PARTICIPANTS = Column.of("participants", Activity::participants);
    private static final Column<Activity, Integer> MINUTES = Column.of("minutes", Activity::minutes);
    private static final Column<Activity, Integer> QUANTITY = Column.of("quantity", Activity::quantity);
    private static final Column<Activity, String> EVIDENCE = Column.of("evidence", Activity::evidence);
    private static final Column<Activity, YearMonth> PERIOD = Column.of("period", Activity::period);
    private static final Column<Activity, String> UNIT_CODE = Column.of("unit_code", Activity::unitCode);

    private final Catalog catalog;
    private final List<Activity> activities;
    private final List<GreenModel> models;
    private final Column<Activity, String> unit;
    private final Column<Activity, String> formName;

    ActivityRows(Catalog catalog, ActivityRepository activities, GreenModelRepository models, LocalDate asOf) {
        this.catalog = catalog;
        YearMonth last = YearMonth.from(asOf);
        this.activities = activities.between(last.minusMonths(MONTHS - 1L), last);
        this.models = models.recognisedAsOf(asOf);
        this.unit = UNIT_CODE.then("unit", catalog.units()::nameOf);
        this.formName = FORM.then("form_name", catalog::formName);
    }

    List<Activity> activities() {
        return activities;
    }

    List<GreenModel> models() {
        return models;
    }

    /** {@code activities.csv}: each activity's codes beside their names. */
    Columns<Activity> csv() {
        return Columns.of(DATE, unit, FORM, formName, CONTENT, TASK_AREA, PLACE, PARTICIPANTS, MINUTES, QUANTITY,
                EVIDENCE, PERIOD, UNIT_CODE);
    }

    /** The sheet "Hoạt động": the CSV's columns less the codes and the reporting month. */
    Columns<Activity> activitySheet() {
        return Columns.of(DATE.as("Ngày"), unit.as("Đơn vị"), formName.as("Hình thức"), CONTENT.as("Nội dung"),
                TASK_AREA.as("Lĩnh vực"), PLACE.as("Địa bàn"), PARTICIPANTS.as("Số người tham dự"),
                MINUTES.as("Thời lượng (phút)"), QUANTITY.as("Số lượng"), EVIDENCE.as("Minh chứng"));
    }

    /** The sheet "Mô hình": the green models recognised so far. */
    Columns<GreenModel> modelSheet() {
        return Columns.of(Column.of("Loại mô hình", model -> catalog.modelTypeName(model.type())),
                Column.of("Tên mô hình", GreenModel::name), Column.of("Địa bàn", GreenModel::place),
                Column.of("Ngày công nhận", GreenModel::recognisedOn),
                Column.of("Đơn vị báo cáo", model -> catalog.units().nameOf(model.unitCode())),
                Column.of("Tháng báo cáo", model -> Vietnamese.month(model.reportedFor())));
    }
}
