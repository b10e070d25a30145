package vn.xanh.indicators.calc;

/** Where the current pace leads by 2030, after the UN progress-chart rule. */
public enum Forecast {
    DAT("Dự báo đạt"),
    CAN_TANG_TOC("Cần tăng tốc"),
    TRI_TRE("Trì trệ/đi lùi"),
    CHUA_DU_DU_LIEU("Chưa đủ dữ liệu dự báo");

    private final String label;

    Forecast(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
