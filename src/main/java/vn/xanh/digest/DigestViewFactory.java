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
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Problem;
import vn.xanh.facts.Submission;
import vn.xanh.facts.SubmissionRepository;
import vn.xanh.facts.SubmissionStatus;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.report.StatusColors;
import vn.xanh.system.Vietnamese;

/** Words the stored results and the files received into a {@link DigestView}. */
@Component
public class DigestViewFactory {

    private final Catalog catalog;
    private final SubmissionRepository submissions;

    public DigestViewFactory(Catalog catalog, SubmissionRepository submissions) {
        this.catalog = catalog;
        this.submissions = submissions;
    }

    public DigestView create(LocalDate asOf, List<IndicatorResult> results, List<Submission> received,
            String chartSrc) {
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
            DigestView.IndicatorLine line = line(indicator, result);
            lines.add(line);
            if (result.status().needsAttention() || result.regression()) {
                attention.add(line);
            }
            if (result.note() != null) {
                notes.add(indicator.code() + ": " + result.note());
            }
        }
        String subject = "[Chuyển đổi xanh " + communeInText() + "] Bản tin ngày " + Vietnamese.date(asOf) + " – "
                + attention.size() + " chỉ tiêu cần chú ý";
        return new DigestView(catalog.commune().name(), Vietnamese.date(asOf), subject, attention, lines,
                files(received, SubmissionStatus.ACCEPTED, SubmissionStatus.DUPLICATE),
                files(received, SubmissionStatus.REJECTED), notes, chartSrc);
    }

    private DigestView.IndicatorLine line(Indicator indicator, IndicatorResult r) {
        String unit = indicator.unit();
        String gain = r.gainPerYear() == null || r.gainPerYear() == 0 ? "–"
                : (r.gainPerYear() > 0 ? "+" : "−") + Vietnamese.number(Math.abs(r.gainPerYear()), 1)
                        + ("%".equals(unit) ? " điểm %" : " " + unit) + "/năm";
        return new DigestView.IndicatorLine(indicator.code(), indicator.name(),
                r.value() == null ? "–" : Vietnamese.number(r.value(), 1) + suffix(unit),
                (indicator.direction() == vn.xanh.catalog.Direction.AT_MOST ? "≤ " : "≥ ")
                        + Vietnamese.number(r.target(), 1) + suffix(unit),
                r.status().label(), StatusColors.hex(r.status()), r.forecast().label(), gain,
                r.unitsReporting() + "/" + r.unitsExpected(), r.note());
    }

    private static String suffix(String unit) {
        return "%".equals(unit) ? "%" : " " + unit;
    }

    private List<DigestView.FileLine> files(List<Submission> received, SubmissionStatus... statuses) {
        Map<String, String> names = catalog.units().units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        List<SubmissionStatus> wanted = List.of(statuses);
        return received.stream().filter(s -> wanted.contains(s.status()))
                .map(s -> new DigestView.FileLine(s.fileName(), s.unitCode() == null ? "" : names.get(s.unitCode()),
                        s.period() == null ? "" : s.period().getMonthValue() + "/" + s.period().getYear(),
                        reasons(s)))
                .toList();
    }

    private List<String> reasons(Submission submission) {
        List<Problem> problems = submissions.problems(submission.id());
        boolean rejected = submission.status() == SubmissionStatus.REJECTED;
        return problems.stream().filter(p -> rejected ? p.isError() : true).map(Problem::located).toList();
    }

    /** "xã Tân Kỳ" inside a sentence. */
    private String communeInText() {
        String name = catalog.commune().name();
        return name.startsWith("Xã ") ? "xã " + name.substring(3) : name;
    }
}
