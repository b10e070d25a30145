package vn.xanh.plan;

/** Where an organisation stands against one of the plan's expectations in one window of time. */
public enum ExpectationStatus {
    MET("Đạt"),
    NOT_YET_DUE("Chưa đến hạn"),
    MISSED("Không đạt");

    private final String label;

    ExpectationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
