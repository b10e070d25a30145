package vn.xanh.intake.internal.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import vn.xanh.system.Vietnamese;

/** Numbers and months as clerks type them. */
class TypedValuesTests {

    @Test
    void readsNumbersTheVietnameseWay() {
        assertThat(VietnameseNumber.parse("1.234")).hasValue(1234);
        assertThat(VietnameseNumber.parse("1.234.567")).hasValue(1234567);
        assertThat(VietnameseNumber.parse("12,5")).hasValue(12.5);
        assertThat(VietnameseNumber.parse("12,5 ha")).hasValue(12.5);
        assertThat(VietnameseNumber.parse("85%")).hasValue(85);
        assertThat(VietnameseNumber.parse("1.234,5 tấn")).hasValue(1234.5);
        assertThat(VietnameseNumber.parse(" 300 hộ ")).hasValue(300);
        assertThat(VietnameseNumber.parse("khoảng 300")).isEmpty();
        assertThat(VietnameseNumber.parse("12,5,3")).isEmpty();
        assertThat(Vietnamese.number(1234.5)).isEqualTo("1.234,5");
    }

    @Test
    void readsMonthsAsTheyAreWritten() {
        YearMonth september = YearMonth.of(2026, 9);
        for (String typed : new String[] {"Tháng 9/2026", "tháng 09/2026", "T9/2026", "9/2026", "09-2026", "2026-09",
                "THÁNG 9 NĂM 2026", "15/09/2026", "2026-09-30", "Thang 9/2026"}) {
            assertThat(Periods.parse(typed)).as(typed).hasValue(september);
        }
        assertThat(Periods.parse("13/2026")).isEmpty();
        assertThat(Periods.parse("quý 3")).isEmpty();
    }

    @Test
    void readsYesAndNo() {
        for (String yes : new String[] {"Có", "có", "x", "X", "Yes", "1", "Đạt"}) {
            assertThat(YesNo.parse(yes)).as(yes).hasValue(true);
        }
        for (String no : new String[] {"Không", "", "0", "No", "Chưa"}) {
            assertThat(YesNo.parse(no)).as(no).hasValue(false);
        }
        assertThat(YesNo.parse("có lẽ")).isEmpty();
    }
}
