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

    public Optional<Metric> metric(String code) {
        return metrics().filter(m -> m.code().equals(code)).findFirst();
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

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
