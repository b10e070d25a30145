package vn.xanh.catalog.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.xanh.catalog.ActivityLog;

/** Reads the HOATDONG part of {@code jobs/templates.yml}: column headings, forms and model types. */
public final class ActivityLogReader {

    private ActivityLogReader() {
    }

    public static ActivityLog read(YamlNode template) {
        YamlNode columns = template.required("columns");
        ActivityLog.Columns headings = new ActivityLog.Columns(columns.words("date"), columns.words("form"),
                columns.words("content"), columns.words("task_area"), columns.words("place"),
                columns.words("participants"), columns.words("minutes"), columns.words("quantity"),
                columns.words("evidence"));
        Set<String> codes = new HashSet<>();
        List<ActivityLog.Form> forms = template.list("forms").stream().map(node -> {
            String code = node.text("code");
            if (!codes.add(code)) {
                throw node.problem("hình thức '" + code + "' bị trùng");
            }
            return new ActivityLog.Form(code, node.text("name"), node.optionalText("seed").orElse(""),
                    node.optional("words").isPresent() ? node.words("words") : List.of());
        }).toList();
        List<ActivityLog.TaskArea> areas = template.optionalList("task_areas").stream()
                .map(node -> new ActivityLog.TaskArea(node.text("code"), node.text("name"),
                        node.optional("words").isPresent() ? node.words("words") : List.of()))
                .toList();
        YamlNode models = template.required("models");
        YamlNode modelColumns = models.required("columns");
        List<ActivityLog.ModelType> types = models.list("types").stream()
                .map(node -> new ActivityLog.ModelType(node.text("code"), node.text("name"),
                        node.optional("words").isPresent() ? node.words("words") : List.of()))
                .toList();
        return new ActivityLog(headings, forms, areas, new ActivityLog.Models(models.text("title"), models.words("sheet"),
                modelColumns.words("type"), modelColumns.words("name"), modelColumns.words("place"),
                modelColumns.words("date"), types));
    }
}
