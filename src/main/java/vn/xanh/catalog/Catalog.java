package vn.xanh.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Everything the commune defines in {@code jobs/}, checked for consistency when loaded. */
public record Catalog(Commune commune, int targetYear, List<Indicator> indicators, HeaderFields headerFields,
        List<Template> templates, UnitRegistry units, DigestSettings digest, Schedule schedule, Channels channels) {

    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Every metric a submitter can report, from the forms, the OCOP list and the market rows. */
    public Stream<Metric> metrics() {
        return templates.stream().flatMap(t -> t.ocop() == null ? t.metrics().stream()
                : Stream.concat(t.metrics().stream(), Stream.of(t.ocop().productsMetric(), t.ocop().greenMetric())));
    }

    public Optional<Metric> metric(String code) {
        return metrics().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
