package vn.xanh.digest;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.MailFailureRepository;
import vn.xanh.facts.MailRepository;
import vn.xanh.system.ForeignText;
import vn.xanh.system.Vietnamese;

/** The digest's words for the mailbox: who was reminded, mail from unknown addresses, messages set aside. */
final class MailLines {

    private MailLines() {
    }

    /** "Đã nhắc nộp báo cáo tháng 10/2026 (trước hạn): Thôn Bắc, Thôn Nam.", from the mailbox's reminders. */
    static List<String> reminded(Catalog catalog, List<MailRepository.Reminder> reminders) {
        Map<String, List<MailRepository.Reminder>> byMonthAndKind = reminders.stream()
                .collect(Collectors.groupingBy(r -> r.period() + " " + r.kind(), java.util.TreeMap::new,
                        Collectors.toList()));
        return byMonthAndKind.values().stream().map(group -> {
            MailRepository.Reminder first = group.get(0);
            return "Đã nhắc nộp báo cáo tháng " + Vietnamese.month(first.period())
                    + ("AFTER".equals(first.kind()) ? " (sau hạn)" : " (trước hạn)") + ": "
                    + group.stream().map(r -> catalog.units().nameOf(r.unitCode())).collect(Collectors.joining(", ")) + ".";
        }).toList();
    }

    /** Mail taken in from addresses no unit has in {@code jobs/units.yml}: who should check who sent it. */
    static List<String> unknownSenders(List<MailRepository.MailMessage> messages) {
        return messages.stream().map(m -> "Thư từ địa chỉ lạ " + ForeignText.clean(m.senderEmail()) + " ("
                + Vietnamese.quoted(m.subject() == null ? "" : ForeignText.clean(m.subject())) + ") đã được nhận; hãy kiểm tra người gửi hoặc thêm địa chỉ"
                + " vào jobs/units.yml.").toList();
    }

    /** "Thư không đọc được, đã để riêng …": who sent it, its subject and why, for the clerk to ask for it again. */
    static List<String> setAside(List<MailFailureRepository.Failure> messages) {
        return messages.stream().map(m -> "Thư không đọc được, đã để riêng"
                + (m.movedTo() == null ? " (gắn nhãn " + "$XanhLoi" + " trong hộp thư)" : " vào thư mục "
                        + Vietnamese.quoted(ForeignText.clean(m.movedTo())) + " của hộp thư")
                + ": thư của " + (m.senderEmail() == null ? "người gửi không rõ" : ForeignText.clean(m.senderEmail()))
                + " (" + Vietnamese.quoted(m.subject() == null ? "" : ForeignText.clean(m.subject())) + "), lý do: "
                + m.reasonInWords() + " (đã thử " + m.attempts() + " lần). Hãy nhờ người gửi gửi lại báo cáo.")
                .toList();
    }
}
