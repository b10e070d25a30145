package vn.xanh.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.intake.SubmissionWorkbooks;
import vn.xanh.intake.SubmissionWorkbooks.ActivityRow;
import vn.xanh.intake.SubmissionWorkbooks.ModelRow;

/**
 * A year of activity logs as a commune really has them: the office broadcasting every week (one month
 * short), the boards holding the conference and putting up banners, the mass organisations launching
 * movements (the Farmers' Association never does), the party cells meeting on green topics (Chi bộ
 * thôn An Lạc never does), the Youth Union missing a few months, and the Veterans' Association sending
 * nothing at all. Under each table a totals row and a signature block, as real logs have them. Seeded, so every
 * demonstration shows the same numbers.
 */
final class DemoActivities {

    /** The organisation that never sends its log, and the cell that never meets on green topics. */
    static final String SILENT = "HOI_CCB";
    static final String NO_MEETING = "CB_THON_AN_LAC";

    private final Catalog catalog;
    private final Template template;

    DemoActivities(Catalog catalog) {
        this.catalog = catalog;
        this.template = catalog.activityLogTemplate().orElseThrow();
    }

    /** One log per sender and month, written into {@code input}; returns each file with the day it was sent. */
    List<Sent> write(Path input, List<YearMonth> months) throws IOException {
        List<Sent> sent = new ArrayList<>();
        Random random = new Random(1105);
        for (YearMonth month : months) {
            for (Unit unit : catalog.units().ofKinds(template.senders())) {
                if (unit.code().equals(SILENT) || unit.code().equals("DOAN_TN") && month.getMonthValue() % 5 == 2) {
                    continue;
                }
                List<ActivityRow> rows = rows(unit, month, random);
                List<ModelRow> models = models(unit, month);
                Path file = input.resolve("hoatdong_" + unit.code().toLowerCase(Locale.ROOT) + "_" + month + ".xlsx");
                SubmissionWorkbooks.activities(file, template, unit.name(), month, rows, models, footer(unit, month));
                sent.add(new Sent(file, month, 1 + Math.abs(unit.code().hashCode()) % 5));
            }
        }
        return sent;
    }

    /** A totals row and a signature block under every log, as offices write them, in turn from month to month. */
    private static SubmissionWorkbooks.Footer footer(Unit unit, YearMonth month) {
        return SubmissionWorkbooks.Footer.values()[1 + Math.floorMod(unit.code().hashCode() + month.getMonthValue(), 3)];
    }

    /** A file written and the day of the following month its sender sent it. */
    record Sent(Path file, YearMonth period, int day) {
    }

    private List<ActivityRow> rows(Unit unit, YearMonth month, Random random) {
        List<ActivityRow> rows = new ArrayList<>();
        int m = month.getMonthValue();
        switch (unit.kind()) {
            case OFFICE -> {
                int broadcasts = month.equals(YearMonth.of(2026, 8)) ? 3 : 4 + m % 2;
                for (int week = 0; week < broadcasts; week++) {
                    rows.add(row(month, 2 + 7 * week, "LOA", "Bản tin chuyển đổi xanh, phân loại rác tại nguồn",
                            "3.2", "Toàn xã", null, 15 + 5 * (week % 2), null));
                }
                rows.add(row(month, 12, "TIN_BAI", "Tin hoạt động chuyển đổi xanh trên Trang thông tin điện tử xã",
                        "3.1", null, null, null, 2 + m % 3));
                if (m == 8) {
                    rows.add(row(month, 20, "TAP_HUAN", "Tập huấn sản xuất lúa giảm phát thải cho hộ dân", "3.1",
                            "Hội trường UBND xã", 85, 180, null));
                }
            }
            case TO_CHUC -> organisation(unit, month, random, rows);
            case CHI_BO -> {
                boolean meets = !unit.code().equals(NO_MEETING) && (m + unit.code().length()) % 3 != 0;
                if (meets) {
                    rows.add(row(month, 8, "SINH_HOAT", "Sinh hoạt chuyên đề: chuyển đổi xanh, lối sống xanh", "3.2",
                            "Nhà văn hóa", 14 + random.nextInt(12), 90, null));
                }
                if (m % 2 == 0) {
                    rows.add(row(month, 22, "RA_QUAN", "Ra quân tổng vệ sinh đường làng, thu gom rác", "3.2",
                            unit.name().replace("Chi bộ ", ""), 30 + random.nextInt(40), 120, 5 + random.nextInt(10)));
                }
            }
            default -> {
            }
        }
        return rows;
    }

    private static void organisation(Unit unit, YearMonth month, Random random, List<ActivityRow> rows) {
        int m = month.getMonthValue();
        switch (unit.code()) {
            case "BAN_XDD" -> {
                if (month.equals(YearMonth.of(2026, 6))) {
                    rows.add(row(month, 10, "HOI_NGHI", "Hội nghị quán triệt Chương trình hành động số 11-CTr/ĐU",
                            "3.1", "Hội trường Đảng ủy", 210, 150, null));
                }
                if (m % 3 == 1) {
                    rows.add(row(month, 15, "TRUC_QUAN", "Pano, băng rôn tuyên truyền chuyển đổi xanh", "3.1",
                            "Các tuyến đường trục", null, null, 6 + m % 4));
                }
            }
            case "VP_DANG_UY" -> {
                rows.add(row(month, 18, "MANG_XA_HOI", "Bài, infographic trên Zalo, Facebook của Đảng ủy", "3.1", null,
                        null, null, 3 + m % 3));
                if (m == 9) {
                    rows.add(row(month, 25, "SO_HOA", "Mã QR và bản đồ số các điểm xanh của xã", "3.3", "Toàn xã",
                            null, null, 12));
                }
            }
            default -> {
                boolean launches = !unit.code().equals("HOI_ND") && m == 7 + unit.code().length() % 3;
                if (launches) {
                    rows.add(row(month, 5, "THI_DUA", "Phát động phong trào thi đua vì môi trường xanh", "3.4",
                            "Toàn xã", 60 + random.nextInt(60), 60, null));
                }
                if (m % 2 == 1) {
                    rows.add(row(month, 20, "RA_QUAN", "Ra quân trồng cây, thu gom rác thải nhựa", "3.4", "Toàn xã",
                            40 + random.nextInt(50), 120, 20 + random.nextInt(60)));
                }
                rows.add(row(month, 27, "MANG_XA_HOI", "Bài đăng hướng dẫn phân loại rác trên nhóm Zalo", "3.2", null,
                        null, null, 1 + random.nextInt(3)));
            }
        }
    }

    private static List<ModelRow> models(Unit unit, YearMonth month) {
        record Model(String unit, YearMonth month, String type, String name, String place) {
        }
        List<Model> all = List.of(
                new Model("HOI_LHPN", YearMonth.of(2026, 6), "Gia đình xanh", "Gia đình bà Nguyễn Thị Lan", "Thôn Nam"),
                new Model("HOI_LHPN", YearMonth.of(2026, 9), "Gia đình xanh", "Gia đình ông Trần Văn Hùng", "Thôn Đông"),
                new Model("MTTQ", YearMonth.of(2026, 7), "Tuyến đường tự quản về môi trường", "Đường trục thôn Đoài",
                        "Thôn Đoài"),
                new Model("MTTQ", YearMonth.of(2026, 10), "Khu dân cư xanh", "Khu dân cư thôn Tân Lập", "Thôn Tân Lập"),
                new Model("CB_THON_DONG", YearMonth.of(2026, 8), "Chi bộ xanh", "Chi bộ thôn Đông", "Thôn Đông"),
                new Model("CB_TRUONG_HOC", YearMonth.of(2026, 9), "Nhà trường xanh", "Trường Tiểu học Tân Kỳ", "Trung tâm xã"),
                new Model("HOI_ND", YearMonth.of(2026, 8), "Mô hình sản xuất xanh", "Cánh đồng lúa giảm phát thải Đồng Mả",
                        "Thôn Bắc"),
                // the same model named again by another organisation: counted once
                new Model("DOAN_TN", YearMonth.of(2026, 10), "Gia đình xanh", "Gia đình bà Nguyễn Thị Lan", "Thôn Nam"));
        return all.stream().filter(m -> m.unit().equals(unit.code()) && m.month().equals(month))
                .map(m -> new ModelRow(m.type(), m.name(), m.place(), month.atDay(20))).toList();
    }

    private static ActivityRow row(YearMonth month, int day, String form, String content, String area, String place,
            Integer participants, Integer minutes, Integer quantity) {
        LocalDate held = month.atDay(Math.min(day, month.lengthOfMonth()));
        return new ActivityRow(held, form, content, area, place, participants, minutes, quantity, null);
    }

}
