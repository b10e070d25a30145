package vn.xanh.report;

import java.awt.Color;

import vn.xanh.indicators.calc.Status;

/** One colour per status, the same in charts, the workbook and the digest. */
public final class StatusColors {

    private StatusColors() {
    }

    public static String hex(Status status) {
        return switch (status) {
            case DAT -> "#2E7D32";
            // Blue-grey: neutral, unlike the judged ones; 5.4:1 against white either way round.
            case CHUA_DANH_GIA -> "#546E7A";
            case DUNG_TIEN_DO -> "#7CB342";
            case CHAM -> "#F9A825";
            case NGUY_CO -> "#C62828";
            case KHONG_DU_LIEU -> "#9E9E9E";
        };
    }

    public static Color color(Status status) {
        return Color.decode(hex(status));
    }
}
