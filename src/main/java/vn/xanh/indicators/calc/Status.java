package vn.xanh.indicators.calc;

/** Where an indicator stands against its path to 2030 (the rules, in order, are in IndicatorCalculator). */
public enum Status {
    KHONG_DU_LIEU("Chưa có số liệu"),
    DAT("Đạt"),
    DUNG_TIEN_DO("Đúng tiến độ"),
    CHAM("Chậm tiến độ"),
    NGUY_CO("Nguy cơ không đạt"),
    /** Only the baseline is known: progress needs a second observation (ESCAP: a base year and a current year). */
    CHUA_DANH_GIA("Chưa đủ số liệu để đánh giá tiến độ");


    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Behind or at risk; the whole rule, with a target fallen back from, is IndicatorResult.needsAttention(). */
    public boolean needsAttention() {
        return this == CHAM || this == NGUY_CO;
    }
}
