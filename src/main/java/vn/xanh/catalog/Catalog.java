package vn.xanh.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Everything the commune defines in {@code jobs/}, checked for consistency when loaded. */
public record Catalog(Commune commune, int targetYear, List<Indicator> indicators, HeaderFields headerFields,
        List<Template> templates, UnitRegistry units, DigestSettings digest, Schedule schedule, Channels channels,
        PlanDefinition plan) {

    public Optional<Template> template(String id) {
        return templates.stream().filter(t -> t.id().equalsIgnoreCase(id)).findFirst();
    }

    /** Every metric a submitter can report, from the forms, the OCOP list and the market rows. */
    public Stream<Metric> metrics() {
        return templates.stream().flatMap(t -> t.ocop() == null ? t.metrics().stream()
                : Stream.concat(t.metrics().stream(), Stream.of(t.ocop().productsMetric(), t.ocop().greenMetric())));
    }

    /** Asked for every value of every report: a loop over the templates' metrics, not a stream. */
    public Optional<Metric> metric(String code) {
        for (Template template : templates) {
            for (Metric metric : template.metrics()) {
                if (metric.code().equals(code)) {
                    return Optional.of(metric);
                }
            }
            if (template.ocop() != null) {
                for (Metric metric : List.of(template.ocop().productsMetric(), template.ocop().greenMetric())) {
                    if (metric.code().equals(code)) {
                        return Optional.of(metric);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The template of the organisations' activity log (HOATDONG), when the commune defines one. */
    public Optional<Template> activityLogTemplate() {
        return templates.stream().filter(t -> t.activityLog() != null).findFirst();
    }

    /** "Chi bộ xanh" for {@code CHI_BO_XANH}: a green model type's Vietnamese name, or the code if unknown. */
    public String modelTypeName(String code) {
        return activityLogTemplate().flatMap(t -> t.activityLog().modelType(code)).map(ActivityLog.ModelType::name)
                .orElse(code);
    }

    /** "Phát thanh trên loa truyền thanh" for {@code LOA}: a form of activity's Vietnamese name. */
    public String formName(String code) {
        return activityLogTemplate().flatMap(t -> t.activityLog().form(code)).map(ActivityLog.Form::name)
                .orElse(code);
    }

    /** The village's total of households (templates.yml's {@code households: true}), when the commune marks one. */
    public Optional<Metric> householdMetric() {
        return metrics().filter(Metric::households).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
