package vn.xanh.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.Activity;
import vn.xanh.facts.ActivityRepository;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.system.Vietnamese;

/**
 * The activity logs and green models as rows: for {@code activities.csv} (codes, for machines) and for the
 * report workbook's two sheets (names, for people). The last twelve months up to the run's month.
 */
final class ActivityRows {

    static final int MONTHS = 12;
    static final List<String> CSV_COLUMNS = List.of("date", "unit", "form", "form_name", "content", "task_area",
            "place", "participants", "minutes", "quantity", "evidence", "period", "unit_code");
    static final List<String> ACTIVITY_HEADINGS = List.of("Ngày", "Đơn vị", "Hình thức", "Nội dung", "Lĩnh vực",
            "Địa bàn", "Số người tham dự", "Thời lượng (phút)", "Số lượng", "Minh chứng");
    static final List<String> MODEL_HEADINGS = List.of("Loại mô hình", "Tên mô hình", "Địa bàn", "Ngày công nhận",
            "Đơn vị báo cáo", "Tháng báo cáo");

    private final Catalog catalog;
    private final List<Activity> activities;
    private final List<GreenModel> models;

    ActivityRows(Catalog catalog, ActivityRepository activities, GreenModelRepository models, LocalDate asOf) {
        this.catalog = catalog;
        YearMonth last = YearMonth.from(asOf);
        this.activities = activities.between(last.minusMonths(MONTHS - 1L), last);
        this.models = models.recognisedAsOf(asOf);
    }

    List<List<Object>> csv() {
        return activities.stream().map(a -> Arrays.<Object>asList(a.heldOn().toString(), name(a.unitCode()), a.form(),
                catalog.formName(a.form()), a.content(), a.taskArea(), a.place(), a.participants(), a.minutes(),
                a.quantity(), a.evidence(), a.period().toString(), a.unitCode())).toList();
    }

    List<List<Object>> activitySheet() {
        return activities.stream().map(a -> Arrays.<Object>asList(a.heldOn(), name(a.unitCode()),
                catalog.formName(a.form()), a.content(), a.taskArea(), a.place(), a.participants(), a.minutes(),
                a.quantity(), a.evidence())).toList();
    }

    List<List<Object>> modelSheet() {
        return models.stream().map(m -> Arrays.<Object>asList(catalog.modelTypeName(m.type()), m.name(), m.place(),
                m.recognisedOn(), name(m.unitCode()), Vietnamese.month(m.reportedFor())))
                .toList();
    }

    private String name(String code) {
        return catalog.units().nameOf(code);
    }
}
