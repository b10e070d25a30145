package vn.xanh.intake.internal.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

import vn.xanh.facts.Activity;
import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.form.ActivityTableReader.Column;
import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;
import vn.xanh.system.Vietnamese;

/**
 * The totals rows of an activity log, checked against the activities above them: their numbers are never
 * counted, and one that differs from the sum of the rows is a doubt shown with the accepted file.
 */
final class ActivityTotals {

    private record Count(Column column, String label, Function<Activity, Integer> value) {
    }

    private static final List<Count> COUNTS = List.of(
            new Count(Column.PARTICIPANTS, "số người tham dự", Activity::participants),
            new Count(Column.MINUTES, "thời lượng (phút)", Activity::minutes),
            new Count(Column.QUANTITY, "số lượng", Activity::quantity));

    private final String sheet;
    private final Map<Column, Integer> columns;
    private final List<Activity> above = new ArrayList<>();
    /** Where the rows since the last totals row begin: a subtotal sums its own section. */
    private int section;

    ActivityTotals(String sheet, Map<Column, Integer> columns) {
        this.sheet = sheet;
        this.columns = columns;
    }

    /** The columns a totals row sums, for telling where its label may stand. */
    static List<Integer> countColumns(Map<Column, Integer> columns) {
        return COUNTS.stream().map(c -> columns.get(c.column())).filter(col -> col != null).toList();
    }

    void add(Activity activity) {
        above.add(activity);
    }

    /** A doubt for each number of the totals row that is neither the sum of its section nor of all rows above. */
    void check(SheetData.Row row, List<Problem> problems) {
        boolean faulty = problems.stream().anyMatch(Problem::isError); // the sum of the rows is not known then
        for (Count count : COUNTS) {
            Integer col = columns.get(count.column());
            CellValue cell = col == null ? null : row.cellAt(col);
            OptionalDouble written = cell == null ? OptionalDouble.empty() : number(cell);
            if (faulty || written.isEmpty()) {
                continue;
            }
            long all = sum(count, 0);
            if (written.getAsDouble() != sum(count, section) && written.getAsDouble() != all) {
                problems.add(Problem.warning(sheet, cell.ref(), null, "Dòng tổng ở ô " + cell.ref() + " ghi "
                        + count.label() + " là " + Vietnamese.number(written.getAsDouble())
                        + ", nhưng cộng các hoạt động ở trên được " + Vietnamese.number(all)
                        + ". Chỉ các hoạt động được tính, không tính dòng tổng; đề nghị đơn vị kiểm tra lại."));
            }
        }
        section = above.size();
    }

    private long sum(Count count, int from) {
        long sum = 0;
        for (Activity activity : above.subList(from, above.size())) {
            Integer value = count.value().apply(activity);
            sum += value == null ? 0 : value;
        }
        return sum;
    }

    /** A number as clerks write it in a count column: 245, "245", "245 người". */
    static OptionalDouble number(CellValue cell) {
        return cell.kind() == CellValue.Kind.NUMBER ? OptionalDouble.of(cell.number())
                : cell.kind() == CellValue.Kind.TEXT ? VietnameseNumber.parse(cell.text()) : OptionalDouble.empty();
    }
}
