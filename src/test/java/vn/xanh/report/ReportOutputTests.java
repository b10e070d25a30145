package vn.xanh.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.xanh.DemoYearTestSupport;
import vn.xanh.indicators.IndicatorService;

/**
 * The demonstration's year as the reports show it: the CSVs' headers and the workbook's headings as their readers
 * know them, and every byte of the CSVs and every cell of the workbook as recorded in {@code demo-report.txt}.
 * When a change means to alter the reports, compare with {@code target/demo-report.actual.txt} and record it.
 */
@SpringBootTest(properties = {"xanh.cli.enabled=false", "xanh.today=2026-11-28", "xanh.settle-time=0s",
        "spring.datasource.url=jdbc:h2:mem:reportoutput;DB_CLOSE_DELAY=-1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportOutputTests extends DemoYearTestSupport {

    @Autowired
    IndicatorService indicators;

    @Autowired
    ReportService reports;

    ReportFiles files;

    @BeforeAll
    void writeTheDemonstrationsReports() throws IOException {
        indicators.computeAndStore(TODAY);
        files = reports.write(TODAY);
    }

    @Test
    void everyCsvHeaderIsAsItsReadersKnowIt() throws IOException {
        // when
        Map<String, String> headers = new LinkedHashMap<>();
        for (String csv : List.of("indicators", "facts", "breakdown", "completeness", "activities")) {
            Path file = files.directory().resolve(csv + ".csv");
            headers.put(csv, Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
        }

        // then
        assertThat(headers).containsExactly(
                Map.entry("indicators", "\uFEFFcode,name,value,unit,target,attainment,status,numerator,denominator,"
                        + "units_reporting,units_expected,trajectory,status_label,baseline,baseline_date,projection,"
                        + "forecast,gain_per_year,distance_travelled,time_elapsed,regression,note"),
                Map.entry("facts", "\uFEFFunit,period,metric,value,file,unit_code"),
                Map.entry("breakdown", "\uFEFFcode,unit,value,numerator,denominator,shortfall,position,unit_code"),
                Map.entry("completeness", "\uFEFFperiod,kind,unit,status,status_label,arrived,silent_months,unit_code"),
                Map.entry("activities", "\uFEFFdate,unit,form,form_name,content,task_area,place,participants,minutes,"
                        + "quantity,evidence,period,unit_code"));
    }

    @Test
    void everySheetHasTheHeadingsItsReadersKnow() throws IOException {
        // when
        Map<String, String> headings = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(files.workbook()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                List<String> row = new ArrayList<>();
                sheet.getRow(0).forEach((Cell cell) -> row.add(cell.getStringCellValue()));
                String heading = String.join(" · ", row);
                if (sheet.getSheetName().matches("[A-Z]{2}\\d{2} theo đơn vị")) {
                    headings.putIfAbsent("<mã> theo đơn vị", heading.replaceFirst("^(.*?\\()[^)]+\\)", "$1<đơn vị>)"));
                }
                else {
                    headings.put(sheet.getSheetName(), heading);
                }
            }
        }

        // then: one breakdown sheet per indicator with units, headed by its unit of measure
        assertThat(headings).containsExactly(
                Map.entry("Chỉ tiêu", "Mã · Chỉ tiêu · Giá trị · Đơn vị tính · Mục tiêu 2030 · Mức đạt (%) · Tình trạng"
                        + " · Lộ trình hôm nay · Dự báo 2030 · Đánh giá dự báo · Cần thêm mỗi năm · Đơn vị báo cáo"
                        + " · Đơn vị phải báo cáo · Tử số · Mẫu số · Giá trị gốc · Ngày gốc · Ghi chú"),
                Map.entry("<mã> theo đơn vị", "Thứ tự kéo chậm · Đơn vị · Giá trị (<đơn vị>) · Tử số · Mẫu số · Còn thiếu"),
                Map.entry("Tình hình báo cáo", "Tháng · Đơn vị · Tình trạng · Ngày nhận · Số tháng liền không báo cáo"),
                Map.entry("Tệp đã nhận", "Tệp · Kết quả · Đơn vị · Tháng · Lý do, lưu ý"),
                Map.entry("Số liệu", "Đơn vị · Tháng · Mã số · Chỉ tiêu · Giá trị · Tệp"),
                Map.entry("Hoạt động", "Ngày · Đơn vị · Hình thức · Nội dung · Lĩnh vực · Địa bàn · Số người tham dự"
                        + " · Thời lượng (phút) · Số lượng · Minh chứng"),
                Map.entry("Mô hình", "Loại mô hình · Tên mô hình · Địa bàn · Ngày công nhận · Đơn vị báo cáo"
                        + " · Tháng báo cáo"));
    }

    @Test
    void everyByteOfTheCsvsAndEveryCellOfTheWorkbookIsAsRecorded() throws IOException, URISyntaxException {
        // given
        List<String> recorded = Files.readAllLines(Path.of(getClass().getResource("demo-report.txt").toURI()),
                StandardCharsets.UTF_8);

        // when
        List<String> written = ReportDump.of(files.directory(), files.workbook());

        // then
        if (!written.equals(recorded)) {
            Files.write(Path.of("target", "demo-report.actual.txt"), written, StandardCharsets.UTF_8);
        }
        assertThat(written).containsExactlyElementsOf(recorded);
    }
}
