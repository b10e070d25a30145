package vn.xanh.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The shape of the HOATDONG workbook: the headings of the activity table, the ten forms (channels) of
 * the plan with the words people write for them, the task areas, and the table of green models with
 * their types.
 */
public record ActivityLog(Columns columns, List<Form> forms, List<TaskArea> taskAreas, Models models) {

    /** Headings of the activity table, each in the spellings people use. */
    public record Columns(List<String> date, List<String> form, List<String> content, List<String> taskArea,
            List<String> place, List<String> participants, List<String> minutes, List<String> quantity,
            List<String> evidence) {
    }

    /**
     * A form of activity ("Hình thức"): its code, its name as the plan says it, and the words that
     * recognise it when typed in other words ("Phát thanh loa" is {@code LOA}).
     */
    public record Form(String code, String name, String seed, List<String> words) {
    }

    /** A task area of the plan (section II.3 of the commune's plan: {@code 3.1} … {@code 3.5}) an activity serves. */
    public record TaskArea(String code, String name, List<String> words) {
    }

    /** The green models table: a sheet of its own or a table under its title row. */
    public record Models(String title, List<String> sheet, List<String> typeColumn, List<String> nameColumn,
            List<String> placeColumn, List<String> dateColumn, List<ModelType> types) {
    }

    /** A type of green model ("Chi bộ xanh" is {@code CHI_BO_XANH}). */
    public record ModelType(String code, String name, List<String> words) {
    }

    public Optional<Form> form(String code) {
        return forms.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public Optional<ModelType> modelType(String code) {
        return models.types().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
