package vn.xanh.indicators;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.catalog.MetricKind;
import vn.xanh.catalog.Unit;
import vn.xanh.facts.FactRepository;
import vn.xanh.indicators.calc.FactTable;
import vn.xanh.indicators.calc.IndicatorCalculator;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Observation;
import vn.xanh.indicators.calc.Plan;

/** Computes every indicator of the catalogue as of a date from the facts on record, and stores the results. */
@Service
public class IndicatorService {

    private final Catalog catalog;
    private final FactRepository facts;
    private final IndicatorResultRepository results;

    public IndicatorService(Catalog catalog, FactRepository facts, IndicatorResultRepository results) {
        this.catalog = catalog;
        this.facts = facts;
        this.results = results;
    }

    @Transactional
    public List<IndicatorResult> computeAndStore(LocalDate asOf) {
        FactTable table = new FactTable(facts.effectiveAsOf(asOf).stream()
                .map(f -> new Observation(f.unitCode(), f.period(), f.metric(), f.value().doubleValue())).toList());
        IndicatorCalculator calculator = new IndicatorCalculator(Plan.until(catalog.targetYear(),
                catalog.schedule().tolerancePercentPoints(), catalog.schedule().toleranceRelative()));
        List<IndicatorResult> computed = catalog.indicators().stream()
                .map(indicator -> calculator.compute(indicator, kindOf(indicator), unitCodes(indicator), table, asOf))
                .toList();
        results.replace(asOf, computed);
        return computed;
    }

    public List<IndicatorResult> stored(LocalDate asOf) {
        return results.find(asOf);
    }

    public List<IndicatorResult> previous(LocalDate asOf) {
        return results.latestBefore(asOf);
    }

    private MetricKind kindOf(Indicator indicator) {
        return catalog.metric(indicator.metrics().get(0)).orElseThrow().kind();
    }

    private List<String> unitCodes(Indicator indicator) {
        return catalog.units().ofKind(indicator.source()).stream().map(Unit::code).toList();
    }
}
