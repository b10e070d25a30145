package vn.xanh.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change to the official numbers, in order: a report counted or correcting an earlier one, a report
 * held, and each clerk's approval or refusal, with its source (file, message, sender) and who decided.
 */
@Repository
public class AuditRepository {

    /** What happened. */
    public enum Kind {
        COUNTED, CORRECTION, HELD, APPROVED, REFUSED
    }

    /**
     * One step; {@code decidedBy} is null for what intake did by itself; {@code note} is the hold's reason or the
     * clerk's note; {@code replaced} the submission a correction or an approval took the place of, or null.
     */
    public record Step(OffsetDateTime at, Kind kind, long submissionId, String fileName, String unitCode,
            YearMonth period, String senderEmail, String messageId, String decidedBy, String note, Long replaced) {
    }

    private final JdbcClient jdbc;

    public AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        jdbc.sql("SELECT s.id, s.received_at, s.status, s.file_name, s.unit_code, s.period_month, s.sender_email,"
                + " s.message_id, s.held_reason, (SELECT MIN(o.id) FROM submission o WHERE o.superseded_by = s.id)"
                + " FROM submission s WHERE s.held_reason IS NOT NULL OR s.status IN ('ACCEPTED', 'SUPERSEDED')"
                + " ORDER BY s.id")
                .query(rs -> {
                    boolean held = rs.getString(9) != null;
                    Long replaced = held || rs.getObject(10) == null ? null : rs.getLong(10);
                    steps.add(new Step(HeldRepository.instant(rs, "received_at"), held ? Kind.HELD
                            : replaced == null ? Kind.COUNTED : Kind.CORRECTION, rs.getLong(1), rs.getString(4),
                            rs.getString(5), period(rs.getObject(6, LocalDate.class)), rs.getString(7),
                            rs.getString(8), null, rs.getString(9), replaced));
                });
        jdbc.sql("SELECT d.decided_at, d.decision, s.id, s.file_name, s.unit_code, s.period_month, s.sender_email,"
                + " s.message_id, d.decided_by, d.note, (SELECT MIN(o.id) FROM submission o WHERE o.superseded_by ="
                + " s.id) FROM submission_decision d JOIN submission s ON s.id = d.submission_id ORDER BY d.id")
                .query(rs -> {
                    boolean approved = HeldRepository.APPROVED.equals(rs.getString(2));
                    steps.add(new Step(HeldRepository.instant(rs, "decided_at"), approved ? Kind.APPROVED
                            : Kind.REFUSED, rs.getLong(3), rs.getString(4), rs.getString(5),
                            period(rs.getObject(6, LocalDate.class)), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), approved && rs.getObject(11) != null ? rs.getLong(11)
                                    : null));
                });
        steps.sort(Comparator.comparing(Step::at).thenComparing(Step::submissionId));
        return steps;
    }

    private static YearMonth period(LocalDate first) {
        return first == null ? null : YearMonth.from(first);
    }
}
