package vn.xanh.report;

import java.nio.file.Path;

/** Where one run's reports are. */
public record ReportFiles(Path directory, Path indicatorsCsv, Path factsCsv, Path overviewChart) {

    public static ReportFiles in(Path directory) {
        return new ReportFiles(directory, directory.resolve("indicators.csv"), directory.resolve("facts.csv"),
                directory.resolve("overview.png"));
    }
}
