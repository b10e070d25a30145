package vn.xanh.channels.internal;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import vn.xanh.indicators.calc.Status;
import vn.xanh.report.Fonts;
import vn.xanh.report.StatusColors;
import vn.xanh.system.Vietnamese;

/**
 * The pictures for the people: the infographic for Zalo and Facebook posts (1080 × 1350), the link
 * preview of the public page (1200 × 630) and the A4 poster for noticeboards (150 dpi). Large type, one
 * bar per target, the QR code of the public page: legible on a phone held at arm's length.
 */
public final class Pictures {

    public static final int INFOGRAPHIC_WIDTH = 1080;
    public static final int INFOGRAPHIC_HEIGHT = 1350;
    public static final int OG_WIDTH = 1200;
    public static final int OG_HEIGHT = 630;
    public static final int POSTER_WIDTH = 1240;
    public static final int POSTER_HEIGHT = 1754;
    private static final int MARGIN = 60;

    private Pictures() {
    }

    public static void infographic(Path file, Figures figures, QrCode qr) throws IOException {
        try (Canvas c = new Canvas(INFOGRAPHIC_WIDTH, INFOGRAPHIC_HEIGHT)) {
            int width = INFOGRAPHIC_WIDTH - 2 * MARGIN;
            int y = header(c, figures, INFOGRAPHIC_WIDTH, 38, 62);
            y = headline(c, figures, MARGIN, y + 125, width, 128, 40);
            y = rows(c, figures, figures.peopleTargets(), MARGIN, y + 30, width, 104, 38);
            legend(c, figures, MARGIN, y, 26f);
            c.fill(new Color(0xF1F8E9), 0, INFOGRAPHIC_HEIGHT - 215, INFOGRAPHIC_WIDTH, 215);
            int used = qr.draw(c.g, MARGIN, INFOGRAPHIC_HEIGHT - 207, 200);
            int textX = MARGIN + used + 40;
            int baseline = c.wrapped(PictureWords.of("quet-ma"), Fonts.bold(40f), Canvas.INK, textX,
                    INFOGRAPHIC_HEIGHT - 140, INFOGRAPHIC_WIDTH - textX - MARGIN, 1.25f);
            c.text(address(figures), c.boldFitting(address(figures), 28f, INFOGRAPHIC_WIDTH - textX - MARGIN),
                    Canvas.GREEN, textX, baseline + 10);
            c.writePng(file);
        }
    }

    public static void og(Path file, Figures figures, QrCode qr) throws IOException {
        try (Canvas c = new Canvas(OG_WIDTH, OG_HEIGHT)) {
            int left = 50;
            int columnWidth = 760;
            int y = header(c, figures, OG_WIDTH, 26, 46);
            y = headline(c, figures, left, y + 92, columnWidth, 92, 32);
            rows(c, figures, figures.peopleTargets().subList(0, Math.min(4, figures.peopleTargets().size())), left, y + 14,
                    columnWidth, 78, 28);
            int top = y - 60;
            int size = qr.draw(c.g, OG_WIDTH - 50 - 290, top, 290);
            c.wrapped(PictureWords.of("quet-ma"), Fonts.bold(26f), Canvas.INK, OG_WIDTH - 50 - size, top + size + 40,
                    size, 1.25f);
            c.writePng(file);
        }
    }

    public static void poster(Path file, Figures figures, QrCode qr) throws IOException {
        try (Canvas c = new Canvas(POSTER_WIDTH, POSTER_HEIGHT)) {
            int width = POSTER_WIDTH - 2 * MARGIN;
            int y = header(c, figures, POSTER_WIDTH, 40, 68);
            y = headline(c, figures, MARGIN, y + 130, width, 140, 46);
            y = rows(c, figures, figures.peopleTargets(), MARGIN, y + 24, width, 98, 36);
            y = legend(c, figures, MARGIN, y, 28f);
            y = c.wrapped(PictureWords.of("ap-phich-keu-goi"), Fonts.regular(32f), Canvas.INK, MARGIN, y + 56, width,
                    1.3f);
            int size = Math.min(480, POSTER_HEIGHT - y - 120);
            int used = qr.draw(c.g, (POSTER_WIDTH - size) / 2, y, size);
            c.textCentred(PictureWords.of("quet-ma"), Fonts.bold(38f), Canvas.INK, POSTER_WIDTH / 2, y + used + 55);
            c.textCentred(address(figures), c.boldFitting(address(figures), 32f, width), Canvas.GREEN,
                    POSTER_WIDTH / 2, y + used + 100);
            c.writePng(file);
        }
    }

    /** The green band: commune and province, the plan's title, the month and the date of the figures. */
    private static int header(Canvas c, Figures figures, int width, float small, float large) {
        int first = Math.round(small * 1.4f + small);
        int second = first + Math.round(large * 1.3f);
        int third = second + Math.round(small * 1.5f);
        int height = third + Math.round(small * 1.1f);
        c.fill(Canvas.GREEN, 0, 0, width, height);
        String commune = figures.catalog().commune().name().toUpperCase(Vietnamese.LOCALE)
                + (figures.catalog().commune().province().isEmpty() ? ""
                        : " · " + figures.catalog().commune().province());
        c.text(commune, c.boldFitting(commune, small, width - 2 * MARGIN), Color.WHITE, MARGIN, first);
        String title = PictureWords.of("tieu-de", figures.catalog().targetYear());
        c.text(title, c.boldFitting(title, large, width - 2 * MARGIN), Color.WHITE, MARGIN, second);
        String month = PictureWords.of("thang", Vietnamese.month(figures.month()),
                Vietnamese.date(figures.asOf()));
        c.text(month, Fonts.regular(small * 0.9f), new Color(0xC8E6C9), MARGIN, third);
        return height;
    }

    /** "8/20" large, and what it counts beside it. */
    private static int headline(Canvas c, Figures figures, int x, int baseline, int width, float size, float words) {
        String count = figures.onCourse() + "/" + figures.targets().size();
        int used = c.text(count, Fonts.bold(size), Canvas.GREEN, x, baseline);
        c.wrapped(PictureWords.of("dat-hoac-dung-tien-do"), Fonts.bold(words), Canvas.INK, x + used + 30,
                baseline - Math.round(size * 0.45f), width - used - 30, 1.2f);
        return baseline + 10;
    }

    /** One row per target: its short name and figures, then its bar in the colour of its status. */
    private static int rows(Canvas c, Figures all, List<Figures.Target> targets, int x, int y, int width,
            int rowHeight, float size) {
        for (Figures.Target target : targets) {
            String name = shortName(all, target);
            String figures = target.measured() ? PictureWords.of("muc-tieu", Shown.value(target), Shown.target(target))
                    : PictureWords.of("chua-co-so-lieu");
            int figuresWidth = c.g.getFontMetrics(Fonts.regular(size * 0.85f)).stringWidth(figures);
            c.text(name, c.boldFitting(name, size, width - figuresWidth - 20), Canvas.INK, x, y + Math.round(size));
            c.textRight(figures, Fonts.regular(size * 0.85f), Canvas.MUTED, x + width, y + Math.round(size));
            int barY = y + Math.round(size * 1.35f);
            if (target.measured()) {
                c.bar(x, barY, width, Math.round(size * 0.75f), target.progress(), StatusColors.color(target.status()));
            }
            else {
                c.bar(x, barY, width, Math.round(size * 0.75f), 0, Canvas.TRACK);
            }
            y += rowHeight;
        }
        return y;
    }

    /** What each colour means, in words; "not yet judged" on a line of its own, and only when a bar has it. */
    private static int legend(Canvas c, Figures figures, int x, int y, float size) {
        int baseline = y + Math.round(size);
        legendLine(c, List.of(Status.DAT, Status.DUNG_TIEN_DO, Status.CHAM, Status.NGUY_CO), x, baseline, size);
        if (figures.peopleTargets().stream().anyMatch(t -> t.measured() && t.status() == Status.CHUA_DANH_GIA)) {
            baseline += Math.round(size * 1.5f);
            legendLine(c, List.of(Status.CHUA_DANH_GIA), x, baseline, size);
        }
        return baseline;
    }

    private static void legendLine(Canvas c, List<Status> statuses, int x, int baseline, float size) {
        for (Status status : statuses) {
            c.fill(StatusColors.color(status), x, baseline - Math.round(size * 0.8f), Math.round(size * 0.8f),
                    Math.round(size * 0.8f));
            x += Math.round(size * 1.1f);
            x += c.text(status.label(), Fonts.regular(size), Canvas.MUTED, x, baseline) + Math.round(size);
        }
    }

    private static String shortName(Figures figures, Figures.Target target) {
        return figures.channels().peopleTargets().stream()
                .filter(p -> p.code().equals(target.indicator().code())).map(p -> p.shortName()).findFirst()
                .orElse(target.indicator().name());
    }

    private static String address(Figures figures) {
        String url = figures.channels().publicUrl().toString();
        return url.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }
}
