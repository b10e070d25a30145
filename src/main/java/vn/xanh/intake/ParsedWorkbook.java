package vn.xanh.intake;

import java.time.YearMonth;
import java.util.List;

import vn.xanh.catalog.Template;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.Activity;
import vn.xanh.facts.Fact;
import vn.xanh.facts.GreenModel;
import vn.xanh.facts.Problem;

/**
 * What a workbook says once read: its template, unit and month where they could be found, whether
 * the unit declared it had nothing to report ("Không phát sinh"), the facts (or, for an activity log, the
 * activities and green models), and every problem. A
 * workbook with any error is rejected whole.
 */
public record ParsedWorkbook(Template template, Unit unit, YearMonth period, boolean nothingToReport,
        List<Fact> facts, List<Problem> problems, List<Activity> activities, List<GreenModel> models) {

    /** A workbook of numbers, with no activity log. */
    public ParsedWorkbook(Template template, Unit unit, YearMonth period, boolean nothingToReport, List<Fact> facts,
            List<Problem> problems) {
        this(template, unit, period, nothingToReport, facts, problems, List.of(), List.of());
    }

    public boolean accepted() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public ParsedWorkbook withProblems(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new ParsedWorkbook(template, unit, period, nothingToReport, facts, List.copyOf(all), activities, models);
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
