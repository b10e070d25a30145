package vn.xanh.indicators.calc;

/** Whether a unit's report for a month came, and in time. */
public enum ReportStatus {
    REPORTED("Đã báo cáo"),
    LATE("Báo cáo muộn"),
    MISSING("Chưa báo cáo"),
    NOT_DUE("Chưa đến hạn");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
