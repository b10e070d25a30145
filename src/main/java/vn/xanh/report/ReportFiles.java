package vn.xanh.report;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where one run's reports are, in {@code output/<date>/}. */
public record ReportFiles(Path directory, LocalDate date) {

    public static ReportFiles in(Path directory, LocalDate date) {
        return new ReportFiles(directory, date);
    }

    public Path indicatorsCsv() {
        return directory.resolve("indicators.csv");
    }

    public Path factsCsv() {
        return directory.resolve("facts.csv");
    }

    public Path overviewChart() {
        return directory.resolve("overview.png");
    }

    public Path completenessChart() {
        return directory.resolve("completeness.png");
    }

    public Path trendChart(String code) {
        return directory.resolve("trend-" + code + ".png");
    }

    public Path breakdownChart(String code) {
        return directory.resolve("breakdown-" + code + ".png");
    }

    /** {@code bao-cao-2026-11-28.xlsx}, the workbook attached to the digest. */
    public Path workbook() {
        return directory.resolve("bao-cao-" + date + ".xlsx");
    }
}
