package vn.xanh.report;

import java.awt.Color;

import vn.xanh.indicators.calc.Status;

/**
 * One colour per status, the same in charts, the workbook, the public page and the digest; where the status
 * is written in its colour on white, a darker shade of it that stays legible.
 */
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

    /** The status's colour as text on white: its own when legible there, else darkened to WCAG AA. */
    public static String text(Status status) {
        return Contrast.darkenedFor(hex(status), "#FFFFFF", Contrast.TEXT);
    }

    /** The text written on the status's colour, as in a coloured cell: white or near-black, whichever reads better. */
    public static String onFill(Status status) {
        String white = "#FFFFFF";
        String dark = "#212121";
        return Contrast.ratio(white, hex(status)) >= Contrast.ratio(dark, hex(status)) ? white : dark;
    }

    public static Color color(Status status) {
        return Color.decode(hex(status));
    }
}
