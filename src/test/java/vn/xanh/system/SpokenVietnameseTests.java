package vn.xanh.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SpokenVietnameseTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0             | không
            1             | một
            4             | bốn
            5             | năm
            10            | mười
            11            | mười một
            14            | mười bốn
            15            | mười lăm
            20            | hai mươi
            21            | hai mươi mốt
            24            | hai mươi tư
            25            | hai mươi lăm
            35            | ba mươi lăm
            50            | năm mươi
            55            | năm mươi lăm
            71            | bảy mươi mốt
            99            | chín mươi chín
            100           | một trăm
            101           | một trăm linh một
            104           | một trăm linh bốn
            105           | một trăm linh năm
            110           | một trăm mười
            115           | một trăm mười lăm
            121           | một trăm hai mươi mốt
            124           | một trăm hai mươi tư
            500           | năm trăm
            1000          | một nghìn
            1005          | một nghìn không trăm linh năm
            1010          | một nghìn không trăm mười
            1015          | một nghìn không trăm mười lăm
            1100          | một nghìn một trăm
            2026          | hai nghìn không trăm hai mươi sáu
            2030          | hai nghìn không trăm ba mươi
            10000         | mười nghìn
            15000         | mười lăm nghìn
            21000         | hai mươi mốt nghìn
            105000        | một trăm linh năm nghìn
            1000000       | một triệu
            1000005       | một triệu không trăm linh năm
            1050000       | một triệu không trăm năm mươi nghìn
            2500000       | hai triệu năm trăm nghìn
            1000000000    | một tỷ
            1000000005    | một tỷ không trăm linh năm
            2002000000    | hai tỷ không trăm linh hai triệu
            3450000000    | ba tỷ bốn trăm năm mươi triệu
            1000000000000 | một nghìn tỷ
            -24           | âm hai mươi tư
            """)
    void readsWholeNumbersTheNorthernWay(long value, String spoken) {
        assertThat(SpokenVietnamese.number(value)).isEqualTo(spoken);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            35.2   | ba mươi lăm phẩy hai
            35.25  | ba mươi lăm phẩy hai mươi lăm
            3.05   | ba phẩy không năm
            0.5    | không phẩy năm
            8.5    | tám phẩy năm
            88.571 | tám mươi tám phẩy năm mươi bảy
            12.0   | mười hai
            99.999 | một trăm
            """)
    void readsDecimalsWithPhay(double value, String spoken) {
        assertThat(SpokenVietnamese.number(value, 2)).isEqualTo(spoken);
    }

    @Test
    void readsPercents() {
        assertThat(SpokenVietnamese.percent(35.2, 1)).isEqualTo("ba mươi lăm phẩy hai phần trăm");
        assertThat(SpokenVietnamese.percent(53.3333, 1)).isEqualTo("năm mươi ba phẩy ba phần trăm");
        assertThat(SpokenVietnamese.percent(100, 1)).isEqualTo("một trăm phần trăm");
        assertThat(SpokenVietnamese.percent(0, 1)).isEqualTo("không phần trăm");
    }

    @Test
    void readsDatesAndMonthsInWords() {
        assertThat(SpokenVietnamese.date(LocalDate.of(2026, 11, 28)))
                .isEqualTo("ngày hai mươi tám tháng mười một năm hai nghìn không trăm hai mươi sáu");
        assertThat(SpokenVietnamese.date(LocalDate.of(2027, 4, 5)))
                .isEqualTo("ngày mùng năm tháng tư năm hai nghìn không trăm hai mươi bảy");
        assertThat(SpokenVietnamese.date(LocalDate.of(2026, 1, 21)))
                .isEqualTo("ngày hai mươi mốt tháng một năm hai nghìn không trăm hai mươi sáu");
        assertThat(SpokenVietnamese.month(YearMonth.of(2026, 10)))
                .isEqualTo("tháng mười năm hai nghìn không trăm hai mươi sáu");
    }

    @Test
    void readsTheNumbersWrittenInAText() {
        assertThat(SpokenVietnamese.digitsInText("Tuyến đường tự quản số 3, thôn 15"))
                .isEqualTo("Tuyến đường tự quản số ba, thôn mười lăm");
        assertThat(SpokenVietnamese.digitsInText("1.005 hộ, 12,5 tấn"))
                .isEqualTo("một nghìn không trăm linh năm hộ, mười hai phẩy năm tấn");
    }
}
