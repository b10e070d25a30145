package vn.xanh.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.ActivityRepository;
import vn.xanh.facts.AsKnown;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.facts.FactRepository;
import vn.xanh.indicators.BreakdownRepository;
import vn.xanh.indicators.CompletenessRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.indicators.calc.UnitShare;
import vn.xanh.system.PausePoints;
import vn.xanh.system.XanhProperties;

/** Writes the CSVs, the charts and the report workbook of one as-of date into {@code output/<date>/}. */
@Service
public class ReportService {

    private static final List<String> INDICATOR_COLUMNS = Arrays.asList("code", "name", "value", "unit", "target",
            "attainment", "status", "numerator", "denominator", "units_reporting", "units_expected", "trajectory",
            "status_label", "baseline", "baseline_date", "projection", "forecast", "gain_per_year",
            "distance_travelled", "time_elapsed", "regression", "note");
    private static final List<String> FACT_COLUMNS = List.of("unit", "period", "metric", "value", "file", "unit_code");
    private static final List<String> BREAKDOWN_COLUMNS = List.of("code", "unit", "value", "numerator",
            "denominator", "shortfall", "position", "unit_code");
    private static final List<String> COMPLETENESS_COLUMNS = List.of("period", "kind", "unit", "status",
            "status_label", "arrived", "silent_months", "unit_code");

    private final Catalog catalog;
    private final IndicatorService indicators;
    private final FactRepository facts;
    private final WorkbookSheets workbook;
    private final XanhProperties properties;
    private final ActivityRepository activities;
    private final GreenModelRepository models;

    public ReportService(Catalog catalog, IndicatorService indicators, FactRepository facts, WorkbookSheets workbook,
            XanhProperties properties, ActivityRepository activities, GreenModelRepository models) {
        this.activities = activities;
        this.models = models;
        this.catalog = catalog;
        this.indicators = indicators;
        this.facts = facts;
        this.workbook = workbook;
        this.properties = properties;
    }

    public ReportFiles write(LocalDate asOf) {
        return write(asOf, AsKnown.now());
    }

    /** The same, with the facts known as said (for a rerun that reproduces a past run). */
    public ReportFiles write(LocalDate asOf, AsKnown known) {
        ReportFiles files = ReportFiles.in(properties.outputFor(asOf), asOf);
        List<IndicatorResult> stored = indicators.stored(asOf);
        Map<String, IndicatorResult> results = stored.stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        List<BreakdownRepository.Row> breakdowns = indicators.breakdowns(asOf);
        List<CompletenessRepository.Row> completeness = indicators.completeness(asOf);
        List<EffectiveFact> effective = facts.effectiveAsOf(asOf, known);
        try {
            Files.createDirectories(files.directory());
            PausePoints.reach("report.writing");
            Csv.write(files.indicatorsCsv(), INDICATOR_COLUMNS, indicatorRows(results));
            Csv.write(files.factsCsv(), FACT_COLUMNS, factRows(effective));
            Csv.write(files.directory().resolve("breakdown.csv"), BREAKDOWN_COLUMNS, breakdownRows(breakdowns));
            Csv.write(files.directory().resolve("completeness.csv"), COMPLETENESS_COLUMNS,
                    completenessRows(completeness));
            writeCharts(files, asOf, known, results, breakdowns, completeness);
            ActivityRows logs = new ActivityRows(catalog, activities, models, asOf);
            Csv.write(files.directory().resolve("activities.csv"), ActivityRows.CSV_COLUMNS, logs.csv());
            workbook.write(files.workbook(), asOf, stored, breakdowns, completeness, effective, logs);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the reports of " + asOf, e);
        }
        return files;
    }

    private void writeCharts(ReportFiles files, LocalDate asOf, AsKnown known, Map<String, IndicatorResult> results,
            List<BreakdownRepository.Row> breakdowns, List<CompletenessRepository.Row> completeness)
            throws IOException {
        Map<String, List<Point>> history = indicators.history(asOf, known);
        LocalDate planEnd = LocalDate.of(catalog.targetYear(), 12, 31);
        Map<String, String> names = unitNames();
        List<Callable<Void>> charts = new ArrayList<>();
        charts.add(chart(() -> OverviewChart.write(files.overviewChart(), catalog.indicators(), results, asOf,
                catalog.targetYear())));
        charts.add(chart(() -> CompletenessChart.write(files.completenessChart(), YearMonth.from(asOf).minusMonths(1),
                completeness)));
        for (Indicator indicator : catalog.indicators()) {
            charts.add(chart(() -> TrendChart.write(files.trendChart(indicator.code()), indicator,
                    results.get(indicator.code()), history.get(indicator.code()), planEnd)));
            List<UnitShare> shares = breakdowns.stream().filter(row -> row.code().equals(indicator.code()))
                    .map(BreakdownRepository.Row::share).toList();
            if (!shares.isEmpty()) {
                charts.add(chart(() -> BreakdownChart.write(files.breakdownChart(indicator.code()), indicator, shares,
                        names)));
            }
        }
        drawInParallel(charts);
    }

    /** A chart to draw; each builds its own JFreeChart and image, so they can be drawn side by side. */
    private interface ChartWriter {
        void write() throws IOException;
    }

    private static Callable<Void> chart(ChartWriter writer) {
        return () -> {
            writer.write();
            return null;
        };
    }

    /** Forty-odd charts drawn and PNG-encoded on every core the machine has; the first failure is thrown. */
    private static void drawInParallel(List<Callable<Void>> charts) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), charts.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "xanh-chart");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Future<Void> drawn : pool.invokeAll(charts)) {
                drawn.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while drawing the charts", e);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Could not draw a chart", e.getCause());
        }
        finally {
            pool.shutdownNow();
        }
    }

    private List<List<Object>> indicatorRows(Map<String, IndicatorResult> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            IndicatorResult r = results.get(indicator.code());
            if (r == null) {
                continue;
            }
            rows.add(Arrays.asList(indicator.code(), indicator.name(), r.measured().value(), indicator.unit(),
                    r.measured().target(), r.progress().attainment(), r.status().name(), r.measured().numerator(),
                    r.measured().denominator(), r.measured().unitsReporting(), r.measured().unitsExpected(),
                    r.progress().trajectory(), r.status().label(), r.progress().baselineValue(),
                    r.progress().baselineDate(), r.outlook().projection(), r.outlook().forecast().label(),
                    r.outlook().gainPerYear(), r.progress().distanceTravelled(), r.progress().timeElapsed(),
                    r.regression(), r.note()));
        }
        return rows;
    }

    private List<List<Object>> breakdownRows(List<BreakdownRepository.Row> breakdowns) {
        return breakdowns.stream().map(row -> Arrays.<Object>asList(row.code(), catalog.units().nameOf(row.share().unit()),
                row.share().value(), row.share().numerator(), row.share().denominator(), row.share().shortfall(),
                row.share().position(), row.share().unit())).toList();
    }

    private List<List<Object>> completenessRows(List<CompletenessRepository.Row> completeness) {
        return completeness.stream().map(row -> Arrays.<Object>asList(row.period().toString(), row.unitKind(),
                catalog.units().nameOf(row.unitCode()), row.status().name(), row.status().label(), row.arrived(),
                row.silentMonths(), row.unitCode())).toList();
    }

    private List<List<Object>> factRows(List<EffectiveFact> effective) {
        return effective.stream().map(f -> Arrays.<Object>asList(catalog.units().nameOf(f.unitCode()),
                f.period().toString(), f.metric(), f.value(), f.fileName(), f.unitCode())).toList();
    }

    private Map<String, String> unitNames() {
        return catalog.units().units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
    }
}
