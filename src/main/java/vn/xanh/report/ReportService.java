package vn.xanh.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.EffectiveFact;
import vn.xanh.facts.FactRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.system.XanhProperties;

/** Writes the CSVs and charts of one as-of date into {@code output/<date>/}. */
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
    private final XanhProperties properties;

    public ReportService(Catalog catalog, IndicatorService indicators, FactRepository facts,
            XanhProperties properties) {
        this.catalog = catalog;
        this.indicators = indicators;
        this.facts = facts;
        this.properties = properties;
    }

    public ReportFiles write(LocalDate asOf) {
        ReportFiles files = ReportFiles.in(properties.outputFor(asOf));
        Map<String, IndicatorResult> results = indicators.stored(asOf).stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        try {
            Files.createDirectories(files.directory());
            Csv.write(files.indicatorsCsv(), INDICATOR_COLUMNS, indicatorRows(results));
            Csv.write(files.factsCsv(), FACT_COLUMNS, factRows(facts.effectiveAsOf(asOf)));
            OverviewChart.write(files.overviewChart(), catalog.indicators(), results, asOf);
            Csv.write(files.directory().resolve("breakdown.csv"), BREAKDOWN_COLUMNS, breakdownRows(asOf));
            Csv.write(files.directory().resolve("completeness.csv"), COMPLETENESS_COLUMNS, completenessRows(asOf));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the reports of " + asOf, e);
        }
        return files;
    }

    private List<List<Object>> indicatorRows(Map<String, IndicatorResult> results) {
        List<List<Object>> rows = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            IndicatorResult r = results.get(indicator.code());
            if (r == null) {
                continue;
            }
            rows.add(Arrays.asList(indicator.code(), indicator.name(), r.value(), indicator.unit(), r.target(),
                    r.attainment(), r.status().name(), r.numerator(), r.denominator(), r.unitsReporting(),
                    r.unitsExpected(), r.trajectory(), r.status().label(), r.baselineValue(), r.baselineDate(),
                    r.projection(), r.forecast().label(), r.gainPerYear(), r.distanceTravelled(), r.timeElapsed(),
                    r.regression(), r.note()));
        }
        return rows;
    }

    private List<List<Object>> breakdownRows(LocalDate asOf) {
        Map<String, String> names = unitNames();
        return indicators.breakdowns(asOf).stream().map(row -> Arrays.<Object>asList(row.code(),
                names.get(row.share().unit()), row.share().value(), row.share().numerator(), row.share().denominator(),
                row.share().shortfall(), row.share().position(), row.share().unit())).toList();
    }

    private List<List<Object>> completenessRows(LocalDate asOf) {
        Map<String, String> names = unitNames();
        return indicators.completeness(asOf).stream().map(row -> Arrays.<Object>asList(row.period().toString(),
                row.unitKind(), names.get(row.unitCode()), row.status().name(), row.status().label(), row.arrived(),
                row.silentMonths(), row.unitCode())).toList();
    }

    private Map<String, String> unitNames() {
        return catalog.units().units().stream().collect(Collectors.toMap(Unit::code, Unit::name));
    }

    private List<List<Object>> factRows(List<EffectiveFact> effective) {
        Map<String, String> names = unitNames();
        return effective.stream().map(f -> Arrays.<Object>asList(names.getOrDefault(f.unitCode(), f.unitCode()),
                f.period().toString(), f.metric(), f.value(), f.fileName(), f.unitCode())).toList();
    }
}
