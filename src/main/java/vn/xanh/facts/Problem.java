package vn.xanh.facts;

/**
 * Something wrong or doubtful in a submission, said in Vietnamese for the clerk who will fix it.
 *
 * @param sheet the sheet's name, or null for the file as a whole
 * @param cell the cell such as {@code E12}, or null
 * @param metric the metric code concerned, or null
 */
public record Problem(Severity severity, String sheet, String cell, String metric, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public static Problem error(String sheet, String cell, String metric, String message) {
        return new Problem(Severity.ERROR, sheet, cell, metric, message);
    }

    public static Problem fileError(String message) {
        return new Problem(Severity.ERROR, null, null, null, message);
    }

    public static Problem warning(String sheet, String cell, String metric, String message) {
        return new Problem(Severity.WARNING, sheet, cell, metric, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "Sheet1!E12: message", as the clerk will look it up. */
    public String located() {
        String where = cell == null ? "" : (sheet == null ? cell : sheet + "!" + cell) + ": ";
        return where + message;
    }
}
