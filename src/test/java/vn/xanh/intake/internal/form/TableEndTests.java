package vn.xanh.intake.internal.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xanh.intake.internal.workbook.CellValue;
import vn.xanh.intake.internal.workbook.SheetData;

/**
 * The edges of the rule for where a table ends, on a table of STT (A) | Ngày (B) | Hình thức (C) | Nội dung (D) |
 * Số người (E), where a recognised form is "LOA" and a day is any cell of the date column typed as 05/10/2026.
 */
class TableEndTests {

    final TableEnd.Shape shape = new TableEnd.Shape(0, List.of(1, 2), 1, List.of(4),
            row -> row.at(2).filter(c -> c.asText().equals("LOA")).isPresent()
                    || row.at(1).filter(c -> c.asText().matches("\\d\\d/\\d\\d/\\d{4}")).isPresent());

    @Test
    void wordsThatBeginLikeATotalAreNotOne() {
        // given
        TableEnd end = new TableEnd(shape);

        // then: "Cộng đồng" and "Tổng kết" are content; "Tổng cộng", "Cộng:" and "Tổng số hoạt động" are totals
        assertThat(end.kind(row(cell(1, "Cộng đồng dân cư tự quản"), cell(2, "Họp dân")))).isEqualTo(TableEnd.Kind.ENTRY);
        assertThat(end.kind(row(cell(1, "Tổng kết phong trào"), cell(2, "Hội thi")))).isEqualTo(TableEnd.Kind.ENTRY);
        assertThat(end.kind(row(cell(1, "Tổng cộng"), number(4, 45)))).isEqualTo(TableEnd.Kind.TOTAL);
        assertThat(end.kind(row(cell(2, "Cộng:"), number(4, 45)))).isEqualTo(TableEnd.Kind.TOTAL);
        assertThat(end.kind(row(cell(0, "Tổng số hoạt động"), number(4, 45)))).isEqualTo(TableEnd.Kind.TOTAL);
    }

    @Test
    void aTotalsWordAfterTheNumbersOrBesideAFaultyDayDoesNotMakeATotal() {
        // given
        TableEnd end = new TableEnd(shape);

        // then
        assertThat(end.kind(row(number(4, 45), cell(5, "Tổng")))).isEqualTo(TableEnd.Kind.PASSED_OVER);
        assertThat(end.kind(row(cell(0, "Tổng"), cell(1, "3l/10/2026"), cell(2, "Họp")))).isEqualTo(TableEnd.Kind.ENTRY);
        assertThat(end.kind(row(cell(0, "Tổng"), cell(1, "05/10/2026"), cell(2, "LOA")))).isEqualTo(TableEnd.Kind.ENTRY);
    }

    @Test
    void aSectionTitleInCapitalsDoesNotStartASignatureBlock() {
        // given
        TableEnd end = new TableEnd(shape);

        // when: a section of the table, then an activity that lost its day
        TableEnd.Kind section = end.kind(row(cell(1, "I. TUYÊN TRUYỀN TRỰC QUAN")));
        TableEnd.Kind faulty = end.kind(row(cell(2, "Pano khẩu hiệu"), cell(3, "Treo pano")));

        // then
        assertThat(section).isEqualTo(TableEnd.Kind.PASSED_OVER);
        assertThat(faulty).isEqualTo(TableEnd.Kind.ENTRY);
    }

    @Test
    void underASignatureOnlyAFaultyDayIsStillAnEntry() {
        // given
        TableEnd end = new TableEnd(shape);
        end.kind(row(cell(1, "Người lập biểu")));

        // then
        assertThat(end.kind(row(cell(1, "Nguyễn Văn An"), cell(4, "Trần Thị Bình")))).isEqualTo(TableEnd.Kind.PASSED_OVER);
        assertThat(end.kind(row(cell(1, "15/1O/2026"), cell(2, "Họp")))).isEqualTo(TableEnd.Kind.ENTRY);
    }

    private static SheetData.Row row(CellValue... cells) {
        return new SheetData.Row(cells.length == 0 ? 0 : cells[0].row(), new ArrayList<>(List.of(cells)));
    }

    private static CellValue cell(int col, String text) {
        return new CellValue("Hoạt động", 20, col, CellValue.Kind.TEXT, text, 0, null);
    }

    private static CellValue number(int col, double value) {
        return new CellValue("Hoạt động", 20, col, CellValue.Kind.NUMBER, null, value, null);
    }
}
