package vn.xanh.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.ClosedMonths;
import vn.xanh.facts.SubmissionRepository.MailOrigin;
import vn.xanh.system.Vietnamese;

/**
 * Why a readable report must wait for a clerk instead of counting: mail from an address that is not its
 * unit's (nor of a unit that submits for all), mail the receiving server did not vouch for, or any report
 * for a month already closed. Files a clerk drops into {@code input/} come from the office itself.
 */
final class Holds {

    /** What {@code mail_message.authentication} holds when the receiving server vouched for the sender. */
    private static final String PASSED = "PASS";

    private final Catalog catalog;
    private final ClosedMonths closedMonths;

    Holds(Catalog catalog, ClosedMonths closedMonths) {
        this.catalog = catalog;
        this.closedMonths = closedMonths;
    }

    /** The reasons (Vietnamese) it is held, or null when it counts; {@code origin} is null for a dropped file. */
    String reason(ParsedWorkbook report, MailOrigin origin, OffsetDateTime receivedAt) {
        List<String> reasons = new ArrayList<>();
        if (origin != null) {
            String sender = origin.senderEmail();
            String unit = report.unit() == null ? null : report.unit().code();
            if (!catalog.units().maySubmitFor(sender, unit)) {
                reasons.add(catalog.units().bySender(sender).map(Unit::name)
                        .map(other -> "thư gửi từ địa chỉ " + sender + " của " + other + ", không phải của "
                                + (report.unit() == null ? "đơn vị ghi trong báo cáo" : report.unit().name()))
                        .orElse("thư gửi từ địa chỉ " + sender + ", không thuộc đơn vị nào trong danh sách đơn vị"));
            }
            if (origin.authentication() != null && !origin.authentication().equals(PASSED)) {
                reasons.add(origin.authentication());
            }
        }
        if (report.period() != null && closedMonths.closed(report.period(), receivedAt)) {
            reasons.add("kỳ tháng " + Vietnamese.month(report.period())
                    + " đã chốt số liệu từ ngày " + Vietnamese.date(catalog.schedule().closesOn(report.period()))
                    + "; mọi thay đổi cần cán bộ xã xác nhận");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
