package vn.xanh.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xanh.TestWorkbooks.CATALOG;
import static vn.xanh.TestWorkbooks.values;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.xanh.TestWorkbooks;
import vn.xanh.facts.Fact;
import vn.xanh.facts.Problem;

class WorkbookParserTests {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final Clock NOVEMBER_28 = Clock.fixed(ZonedDateTime.of(2026, 11, 28, 9, 0, 0, 0,
            ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    final WorkbookParser parser = new WorkbookParser(CATALOG, NOVEMBER_28);

    @Test
    void readsAVillageForm() throws IOException {
        // given
        Path file = TestWorkbooks.village(dir, "thon.xlsx", "thôn  đông", OCTOBER, values("HH_TOTAL", 400,
                "HH_CLEAN_WATER", 380, "WASTE_GENERATED_T", 12.5));

        // when
        ParsedWorkbook parsed = parser.parse(file);

        // then
        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.template().id()).isEqualTo("THON");
        assertThat(parsed.unit().code()).isEqualTo("THON_DONG");
        assertThat(parsed.period()).isEqualTo(OCTOBER);
        assertThat(factValues(parsed)).containsExactlyInAnyOrderEntriesOf(Map.of("HH_TOTAL", 400.0, "HH_CLEAN_WATER",
                380.0, "WASTE_GENERATED_T", 12.5));
    }

    @Test
    void readsATableThatStartsElsewhereWithColumnsInAnotherOrderAndNoCodes() throws IOException {
        // given: no template named, the table from C5, value before label, rows found by their labels
        Path file = TestWorkbooks.raw(dir, "lech.xlsx", new Object[][] {
                {null, null, "BÁO CÁO THÁNG"},
                {null, null, "Đơn vị báo cáo: Thôn Nam"},
                {null, null, "Kỳ báo cáo", "T10/2026"},
                {},
                {null, null, "STT", "Số liệu", "Chỉ tiêu", "Mã số"},
                {null, null, 1, 2500, "Tổng số hộ dân", "HH_TOTAL"},
                {null, null, 2, "1.234", "2. Số hộ chăn nuôi", null},
                {null, null, null, null, "Người lập biểu"}});

        // when
        ParsedWorkbook parsed = parser.parse(file);

        // then: the label "Số hộ chăn nuôi" found LIVESTOCK_HH; "1.234" read the Vietnamese way, with a warning
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.template().id()).isEqualTo("THON");
        assertThat(factValues(parsed)).containsEntry("HH_TOTAL", 2500.0).containsEntry("LIVESTOCK_HH", 1234.0);
        assertThat(parsed.warnings()).extracting(Problem::cell).containsExactly("D7");
    }

    @Test
    void refusesAFileFromAnUnknownUnitAndSaysWhichUnitsExist() throws IOException {
        Path file = TestWorkbooks.village(dir, "x.xlsx", "Thôn Đông Hải", OCTOBER, values("HH_TOTAL", 1));

        assertThat(errors(parser.parse(file))).containsExactly("Báo cáo!C4: Đơn vị “Thôn Đông Hải” không có trong"
                + " danh sách thôn của xã (Thôn Đông, Thôn Đoài, Thôn Nam, Thôn Bắc, Thôn Trung, Thôn Tân Lập,"
                + " Thôn Phú Xuân, Thôn An Lạc). Sửa tên cho đúng hoặc báo xã bổ sung vào danh sách.");
    }

    @Test
    void refusesAnUnknownTemplate() throws IOException {
        Path file = TestWorkbooks.raw(dir, "x.xlsx", new Object[][] {{"Mẫu số:", "THONXOM"}, {"Đơn vị:", "Thôn Nam"},
                {"Kỳ:", "10/2026"}, {"Mã số", "Số liệu"}, {"HH_TOTAL", 3}});

        assertThat(errors(parser.parse(file))).containsExactly("Sheet1!B1: Mẫu biểu “THONXOM” không có. Các mẫu của"
                + " xã: THON, HTX, CHO, XA, SOHO, HOATDONG.");
    }

    @Test
    void refusesAMissingOrFuturePeriod() throws IOException {
        Path missing = TestWorkbooks.raw(dir, "a.xlsx", new Object[][] {{"Mẫu số:", "THON"}, {"Đơn vị:", "Thôn Nam"},
                {"Mã số", "Số liệu"}, {"HH_TOTAL", 3}});
        Path future = TestWorkbooks.village(dir, "b.xlsx", "Thôn Nam", YearMonth.of(2026, 12), values("HH_TOTAL", 3));

        assertThat(errors(parser.parse(missing))).containsExactly("Thiếu kỳ báo cáo ở đầu biểu. Hãy ghi"
                + " “Kỳ báo cáo: Tháng 11/2026”.");
        assertThat(errors(parser.parse(future))).containsExactly("Báo cáo!C5: Kỳ báo cáo tháng 12/2026 chưa tới"
                + " (tháng hiện tại là 11/2026). Kiểm tra lại tháng báo cáo.");
    }

    @Test
    void refusesTextNegativeFractionsAndDuplicatesNamingEachCell() throws IOException {
        // given
        Path file = TestWorkbooks.raw(dir, "x.xlsx", new Object[][] {
                {"Mẫu số:", "THON"}, {"Thôn:", "Bắc"}, {"Tháng:", "10/2026"},
                {"Mã số", "Chỉ tiêu", "Số liệu"},
                {"HH_TOTAL", "Tổng số hộ dân", "khoảng 300"},
                {"STRAW_BURNING", "Số vụ đốt rơm rạ trong tháng", -2},
                {"VEHICLES_NEW", "Số phương tiện", 2.5},
                {"LIVESTOCK_HH", "Số hộ chăn nuôi", 40},
                {"LIVESTOCK_HH", "Số hộ chăn nuôi", 41}});

        // when
        List<String> errors = errors(parser.parse(file));

        // then
        assertThat(errors).containsExactly(
                "Sheet1!C5: Số liệu “Tổng số hộ dân” (HH_TOTAL) ghi “khoảng 300” không phải là số. Hãy ghi một con"
                        + " số, ví dụ 125 hoặc 12,5; để trống nếu chưa có số liệu.",
                "Sheet1!C6: Số liệu “Số vụ đốt rơm rạ trong tháng” (STRAW_BURNING) là số âm (-2). Số liệu không được"
                        + " âm; ghi 0 nếu không có.",
                "Sheet1!C7: Số liệu “Số phương tiện đăng ký mới trong tháng” (VEHICLES_NEW) phải là số nguyên (đơn vị:"
                        + " chiếc), đang ghi 2,5.",
                "Sheet1!C9: Chỉ tiêu “Số hộ chăn nuôi” (LIVESTOCK_HH) được ghi hai lần, ở ô C8 và ô C9. Chỉ giữ lại"
                        + " một dòng.");
    }

    @Test
    void refusesAPartLargerThanItsWhole() throws IOException {
        Path file = TestWorkbooks.village(dir, "x.xlsx", "Thôn Nam", OCTOBER, values("HH_TOTAL", 200,
                "HH_CLEAN_WATER", 2000));

        assertThat(errors(parser.parse(file))).containsExactly("Báo cáo!E10: “Số hộ sử dụng nước sạch” (2.000, ô E10)"
                + " lớn hơn “Tổng số hộ dân” (200, ô E9). Phần không thể lớn hơn tổng: kiểm tra lại hai số này.");
    }

    @Test
    void refusesAFormulaErrorAndAFileWithNoData() throws IOException {
        // given: a value computed by a formula that divides by zero, its cached result #DIV/0!
        Path formula = TestWorkbooks.raw(dir, "formula.xlsx", new Object[][] {{"Mẫu số:", "THON"},
                {"Thôn:", "Nam"}, {"Tháng:", "10/2026"}, {"Mã số", "Số liệu"}, {"HH_TOTAL", 300},
                {"HH_CLEAN_WATER", 0}});
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(formula.toFile(), null, false)) {
            var cell = workbook.getSheetAt(0).getRow(5).getCell(1);
            cell.setCellFormula("B5/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            try (var out = Files.newOutputStream(dir.resolve("formula-error.xlsx"))) {
                workbook.write(out);
            }
        }
        Path empty = TestWorkbooks.village(dir, "empty.xlsx", "Thôn Nam", OCTOBER, values());

        assertThat(errors(parser.parse(dir.resolve("formula-error.xlsx")))).containsExactly("Sheet1!B6: Ô số liệu"
                + " “Số hộ sử dụng nước sạch” (HH_CLEAN_WATER) có công thức bị lỗi #DIV/0!. Sửa công thức hoặc gõ thẳng"
                + " con số.");
        assertThat(errors(parser.parse(empty))).containsExactly("Tệp không có số liệu nào: cột “Số liệu”"
                + " đang để trống. Hãy ghi số liệu của tháng rồi gửi lại.");
    }

    @Test
    void refusesWhatIsNotAWorkbook() throws IOException {
        Path text = dir.resolve("bao-cao.xlsx");
        Files.writeString(text, "STT;Mã số;Số liệu\n1;HH_TOTAL;300\n");
        Path empty = Files.createFile(dir.resolve("rong.xls"));

        assertThat(errors(parser.parse(text))).singleElement().asString().startsWith("Không mở được tệp");
        assertThat(errors(parser.parse(empty))).singleElement().asString().startsWith("Không mở được tệp");
    }

    @Test
    void readsTheMarketBoardsRowsAndTheCooperativesOcopList() throws IOException {
        // given
        Path markets = TestWorkbooks.markets(dir, "cho.xlsx", OCTOBER, Map.of("chợ tân kỳ",
                Map.of("TRADERS_TOTAL", 100, "TRADERS_QR", 60)));
        Path cooperative = TestWorkbooks.cooperative(dir, "htx.xlsx", "HTX NN Tân Kỳ", OCTOBER,
                values("RICE_LOW_EMISSION_HA", 104.5), List.of(
                        new SubmissionWorkbooks.OcopProduct("Gạo thơm", 3, "Có", 2024),
                        new SubmissionWorkbooks.OcopProduct("Nhãn lồng", 3, "Chưa", 2025)));

        // then: facts belong to the market, not to the board; the OCOP list is counted
        ParsedWorkbook parsedMarkets = parser.parse(markets);
        assertThat(parsedMarkets.facts()).extracting(Fact::unitCode).containsOnly("CHO_TAN_KY");
        assertThat(factValues(parsedMarkets)).containsEntry("TRADERS_TOTAL", 100.0).containsEntry("TRADERS_QR", 60.0);
        assertThat(factValues(parser.parse(cooperative))).containsEntry("OCOP_PRODUCTS", 2.0)
                .containsEntry("OCOP_GREEN_PRODUCTS", 1.0).containsEntry("RICE_LOW_EMISSION_HA", 104.5);
    }

    @Test
    void acceptsAUnitThatHadNothingToReport() throws IOException {
        Path file = TestWorkbooks.raw(dir, "kps.xlsx", new Object[][] {{"Mẫu số:", "XA"},
                {"Đơn vị báo cáo:", "UBND xã Tân Kỳ"}, {"Kỳ báo cáo:", "Tháng 10/2026"}, {"Không phát sinh:", "Có"},
                {"Mã số", "Chỉ tiêu", "Số liệu"}, {"DOSSIERS_TOTAL", "Hồ sơ", null}});

        ParsedWorkbook parsed = parser.parse(file);

        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.nothingToReport()).isTrue();
        assertThat(parsed.facts()).isEmpty();
    }

    @Test
    void countsTheHouseholdRegisterWithoutKeepingNames() throws IOException {
        // given: four households; flags in the order clean water, waste sorted, livestock, biogas
        Path register = dir.resolve("so-ho.xlsx");
        SubmissionWorkbooks.register(register, CATALOG.template("SOHO").orElseThrow(), "Thôn Trung", OCTOBER,
                List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"),
                List.of(new boolean[] {true, true, true, true}, new boolean[] {true, false, true, false},
                        new boolean[] {false, false, false, false}, new boolean[] {true, true, false, false}));

        // when
        ParsedWorkbook parsed = parser.parse(register);

        // then
        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.template().id()).isEqualTo("SOHO");
        assertThat(factValues(parsed)).containsExactlyInAnyOrderEntriesOf(Map.of("HH_TOTAL", 4.0, "HH_CLEAN_WATER",
                3.0, "HH_WASTE_SORTED", 2.0, "LIVESTOCK_HH", 2.0, "LIVESTOCK_BIOGAS_HH", 1.0));
        // only the village's five counts are kept, nothing per household, and no report repeats a name
        assertThat(parsed.facts()).hasSize(5).allSatisfy(fact -> {
            assertThat(fact.unitCode()).isEqualTo("THON_TRUNG");
            assertThat(fact.period()).isEqualTo(OCTOBER);
        });
        assertThat(parsed.problems()).extracting(Problem::message).noneMatch(message -> List.of("Nguyễn Văn An",
                "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung").stream().anyMatch(message::contains));
    }

    private static Map<String, Double> factValues(ParsedWorkbook parsed) {
        return parsed.facts().stream().collect(Collectors.toMap(Fact::metric, f -> f.value().doubleValue()));
    }

    private static List<String> errors(ParsedWorkbook parsed) {
        assertThat(parsed.accepted()).isFalse();
        return parsed.errors().stream().map(Problem::located).toList();
    }
}
