package vn.xanh.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.Metric;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.HeldRepository;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.MailFailureRepository;
import vn.xanh.facts.MailRepository;
import vn.xanh.facts.ProblemRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.CompletenessRepository;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.ReportStatus;
import vn.xanh.plan.PlanProgress;
import vn.xanh.report.StatusColors;
import vn.xanh.system.ForeignText;
import vn.xanh.system.Vietnamese;

/** Words the stored results and the files received into a {@link DigestView}. */
@Component
public class DigestViewFactory {

    private final Catalog catalog;
    private final ProblemRepository problems;
    private final PlanLines plan;

    @org.springframework.beans.factory.annotation.Autowired
    public DigestViewFactory(Catalog catalog, ProblemRepository problems, PlanProgress progress) {
        this.catalog = catalog;
        this.problems = problems;
        this.plan = progress == null ? null : new PlanLines(catalog, progress);
    }

    /** A factory for a digest without the plan's section. */
    public DigestViewFactory(Catalog catalog, ProblemRepository problems) {
        this(catalog, problems, null);
    }

    /**
     * What the mailbox did since the last digest: the reminders sent, the mail from unknown senders, the messages
     * set aside because they could not be read.
     */
    public record Mailbox(List<MailRepository.Reminder> reminders, List<MailRepository.MailMessage> unknownSenders,
            List<MailFailureRepository.Failure> setAside) {

        public static final Mailbox NONE = new Mailbox(List.of(), List.of(), List.of());
    }

    public DigestView create(LocalDate asOf, Measured measured, List<Submission> received,
            List<DigestView.Chart> charts) {
        return create(asOf, measured, received, Mailbox.NONE, charts);
    }

    /** What the indicators step stored for the date, besides the results. */
    public record Measured(List<IndicatorResult> results, List<IndicatorResult> previous,
            List<BreakdownRepository.Row> breakdowns, List<CompletenessRepository.Row> completeness) {
    }

    /**
     * @param charts the charts to show, by title; each title maps to its image's address
     */
    public DigestView create(LocalDate asOf, Measured measured, List<Submission> received, Mailbox mailbox,
            List<DigestView.Chart> charts) {
        return create(asOf, measured, received, mailbox, Trust.NONE, charts);
    }

    /** The reports waiting for a clerk, and what approvals changed in closed months since the last digest. */
    public record Trust(List<HeldRepository.Held> held, List<HeldRepository.Change> changes) {

        public static final Trust NONE = new Trust(List.of(), List.of());
    }

    public DigestView create(LocalDate asOf, Measured measured, List<Submission> received, Mailbox mailbox,
            Trust trust, List<DigestView.Chart> charts) {
        List<IndicatorResult> results = measured.results();
        Map<String, IndicatorResult> byCode = results.stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        List<DigestView.IndicatorLine> lines = new ArrayList<>();
        List<DigestView.IndicatorLine> attention = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            IndicatorResult result = byCode.get(indicator.code());
            if (result == null) {
                continue;
            }
            DigestView.IndicatorLine line = line(indicator, result, holdingBack(indicator, measured.breakdowns()));
            lines.add(line);
            if (result.needsAttention()) {
                attention.add(line);
            }
            if (result.note() != null) {
                notes.add(indicator.code() + ": " + result.note());
            }
        }
        String subject = "[Chuyển đổi xanh " + catalog.commune().inText() + "] Bản tin ngày " + Vietnamese.date(asOf) + " – "
                + attention.size() + " chỉ tiêu cần chú ý";
        List<String> completeness = new ArrayList<>(completeness(measured.completeness()));
        completeness.addAll(MailLines.reminded(catalog, mailbox.reminders()));
        notes.addAll(MailLines.unknownSenders(mailbox.unknownSenders()));
        notes.addAll(MailLines.setAside(mailbox.setAside()));
        return new DigestView(catalog.commune().name(), Vietnamese.date(asOf), subject, attention,
                changes(measured), lines, completeness, files(received, SubmissionStatus.ACCEPTED, SubmissionStatus.DUPLICATE),
                files(received, SubmissionStatus.REJECTED), notes, charts, plan == null ? null : plan.section(asOf),
                TrustLines.held(catalog, trust.held()), TrustLines.adjusted(catalog, trust.changes()));
    }

    /** "MT02 Hộ dân sử dụng nước sạch: Đúng tiến độ → Chậm tiến độ", for each status that changed since before. */
    private List<String> changes(Measured measured) {
        List<String> changes = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            IndicatorResult now = measured.results().stream().filter(r -> r.code().equals(indicator.code()))
                    .findFirst().orElse(null);
            IndicatorResult then = now == null ? null : now.changedSince(measured.previous()).orElse(null);
            if (then != null) {
                changes.add(indicator.code() + " " + indicator.name() + ": " + then.status().label() + " → "
                        + now.status().label() + " (so với ngày " + Vietnamese.date(then.asOf()) + ")");
            }
        }
        return changes;
    }

    /** "Thôn Nam (còn thiếu 40 hộ), Thôn Bắc (còn thiếu 12 hộ)": the units that hold the commune back most. */
    private String holdingBack(Indicator indicator, List<BreakdownRepository.Row> breakdowns) {
        String unit = catalog.metric(indicator.metrics().get(0)).map(Metric::unit).orElse("");
        List<String> worst = breakdowns.stream().filter(row -> row.code().equals(indicator.code()))
                .map(BreakdownRepository.Row::share)
                .filter(share -> share.position() != null && share.shortfall() != null && share.shortfall() > 0)
                .limit(3)
                .map(share -> unitName(share.unit()) + " (" + (indicator.goal().lowerIsBetter() ? "" : "còn thiếu ")
                        + Vietnamese.number(share.shortfall(), 1) + " " + unit + ")")
                .toList();
        return worst.isEmpty() ? null : String.join(", ", worst);
    }

    /** Who has not reported, who was late, who has been silent, for the months assessed. */
    private List<String> completeness(List<CompletenessRepository.Row> rows) {
        List<String> lines = new ArrayList<>();
        Map<java.time.YearMonth, List<CompletenessRepository.Row>> byPeriod = rows.stream().collect(
                Collectors.groupingBy(CompletenessRepository.Row::period, java.util.TreeMap::new, Collectors.toList()));
        byPeriod.forEach((period, periodRows) -> {
            long reported = periodRows.stream().filter(r -> r.status() == ReportStatus.REPORTED
                    || r.status() == ReportStatus.LATE).count();
            boolean due = periodRows.stream().noneMatch(r -> r.status() == ReportStatus.NOT_DUE);
            StringBuilder line = new StringBuilder("Tháng " + Vietnamese.month(period) + ": "
                    + reported + "/" + periodRows.size() + " đơn vị đã báo cáo");
            if (!due) {
                line.append(" (chưa đến hạn ngày ").append(catalog.schedule().reportDeadlineDay()).append(")");
            }
            appendUnits(line, "chưa báo cáo", periodRows, ReportStatus.MISSING);
            appendUnits(line, "báo cáo muộn", periodRows, ReportStatus.LATE);
            lines.add(line.append('.').toString());
        });
        List<String> silent = rows.stream().filter(r -> r.silentMonths() >= 2).map(r -> r.unitCode()).distinct()
                .map(code -> unitName(code) + " (" + rows.stream().filter(r -> r.unitCode().equals(code))
                        .mapToInt(CompletenessRepository.Row::silentMonths).max().orElse(0) + " tháng)")
                .toList();
        if (!silent.isEmpty()) {
            lines.add("Không báo cáo từ 2 tháng trở lên: " + String.join(", ", silent) + ".");
        }
        return lines;
    }

    private void appendUnits(StringBuilder line, String label, List<CompletenessRepository.Row> rows,
            ReportStatus status) {
        List<String> units = rows.stream().filter(r -> r.status() == status).map(r -> unitName(r.unitCode())).toList();
        if (!units.isEmpty()) {
            line.append("; ").append(label).append(": ").append(String.join(", ", units));
        }
    }

    private String unitName(String code) {
        return catalog.units().nameOf(code);
    }

    private DigestView.IndicatorLine line(Indicator indicator, IndicatorResult r, String holdingBack) {
        String unit = indicator.unit();
        Double perYear = r.outlook().gainPerYear();
        String gain = perYear == null || perYear == 0 ? "–"
                : (perYear > 0 ? "tăng " : "giảm ") + Vietnamese.number(Math.abs(perYear), 1)
                        + (indicator.isPercent() ? " điểm %" : " " + unit);
        IndicatorResult.Measured m = r.measured();
        return new DigestView.IndicatorLine(indicator.code(), indicator.name(),
                m.value() == null ? "–" : Vietnamese.number(m.value(), 1) + suffix(indicator) + onlyMonth(r),
                (indicator.goal().lowerIsBetter() ? "≤ " : "≥ ")
                        + Vietnamese.number(m.target(), 1) + suffix(indicator),
                r.status().label(), StatusColors.text(r.status()), r.outlook().forecast().label(), gain,
                m.unitsReporting() + "/" + m.unitsExpected(), holdingBack, r.note());
    }

    /** " (tháng 11/2026)": a value not yet judged is the baseline itself, and the reader needs its month. */
    private static String onlyMonth(IndicatorResult r) {
        return r.baselineOnly().map(from -> " (tháng " + Vietnamese.month(from) + ")").orElse("");
    }

    private static String suffix(Indicator indicator) {
        return indicator.isPercent() ? "%" : " " + indicator.unit();
    }

    private List<DigestView.FileLine> files(List<Submission> received, SubmissionStatus... statuses) {
        Map<String, String> names = catalog.units().units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        List<SubmissionStatus> wanted = List.of(statuses);
        return received.stream().filter(s -> wanted.contains(s.status()))
                .map(s -> new DigestView.FileLine(ForeignText.clean(s.fileName()), s.unitCode() == null ? "" : names.get(s.unitCode()),
                        Vietnamese.month(s.period()),
                        reasons(s)))
                .toList();
    }

    private List<String> reasons(Submission submission) {
        List<Problem> found = problems.of(submission.id());
        boolean rejected = submission.status() == SubmissionStatus.REJECTED;
        return found.stream().filter(p -> rejected ? p.isError() : true).map(Problem::located).map(ForeignText::clean)
                .toList();
    }

    /** "xã Tân Kỳ" inside a sentence. */}
