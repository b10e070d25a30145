package vn.xanh.digest;

import java.util.List;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.HeldRepository;
import vn.xanh.plan.Adjustments;
import vn.xanh.system.Vietnamese;

/** The digest's words for the reports waiting for a clerk and for the approved changes to closed months. */
final class TrustLines {

    private TrustLines() {
    }

    /** "#12 nam.xlsx, nhận …, người gửi …, đơn vị Thôn Nam, tháng 10/2026 – giữ lại vì …". */
    static List<String> held(Catalog catalog, List<HeldRepository.Held> held) {
        return held.stream().map(h -> "#" + h.id() + " " + h.fileName() + ", nhận " + Vietnamese.dateTime(h.receivedAt())
                + ", người gửi " + (h.senderEmail() == null ? "thư mục input (cán bộ xã)" : h.senderEmail())
                + ", đơn vị " + (h.unitCode() == null ? "?" : catalog.units().nameOf(h.unitCode()))
                + (h.period() == null ? "" : ", tháng " + Vietnamese.month(h.period()))
                + " – giữ lại vì " + h.reason() + ".").toList();
    }

    static List<String> adjusted(Catalog catalog, List<HeldRepository.Change> changes) {
        return Adjustments.lines(catalog, changes);
    }
}
