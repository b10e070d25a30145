package vn.xanh.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.PeriodicReportRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.plan.internal.AssessmentSection;
import vn.xanh.plan.internal.PartyDocument;
import vn.xanh.plan.internal.ReportData;
import vn.xanh.plan.internal.ReportLayout;
import vn.xanh.plan.internal.ResultsSection;
import vn.xanh.system.XanhProperties;

/**
 * The periodic report of the Party Committee (Hướng dẫn 36-HD/VPTW) for a month, quarter, half-year or
 * year: {@code output/reports/bao-cao-<kỳ>.docx}, an editable Word document written from the numbers,
 * with marked places for what only the office can write. The same period gives the same content.
 */
@Service
public class PeriodicReport {

    private final Catalog catalog;
    private final PlanProgress progress;
    private final IndicatorService indicators;
    private final XanhProperties properties;
    private final PeriodicReportRepository written;

    public PeriodicReport(Catalog catalog, PlanProgress progress, IndicatorService indicators,
            XanhProperties properties, PeriodicReportRepository written) {
        this.written = written;
        this.catalog = catalog;
        this.progress = progress;
        this.indicators = indicators;
        this.properties = properties;
    }

    /**
     * The nightly part: the report of each kind of period (month, quarter, half-year, year) that has
     * closed since and was not yet written, none before the plan's start. The file is written before it
     * is recorded, so a run stopped in between writes it again, alike, on the next night.
     */
    public List<Path> writeClosed(LocalDate asOf) {
        if (catalog.plan().report() == null || !progress.tracked()) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (ReportPeriod period : ReportPeriod.latestClosed(asOf)) {
            if (period.last().isBefore(catalog.plan().start()) || written.written(period.key())) {
                continue;
            }
            Path file = write(period);
            written.record(period.key(), asOf, file);
            files.add(file);
        }
        return files;
    }

    /** The reports the nightly run of this date wrote, to go with its digest. */
    public List<Path> writtenFor(LocalDate asOf) {
        return written.writtenFor(asOf).stream().filter(Files::exists).toList();
    }

    public Path file(ReportPeriod period) {
        return properties.outputDir().resolve("reports").resolve("bao-cao-" + period.key() + ".docx");
    }

    /** Writes the report of the period, replacing an earlier one; the file appears whole or not at all. */
    public Path write(ReportPeriod period) {
        if (catalog.plan().report() == null) {
            throw new IllegalStateException("jobs/plan.yml is missing: no report format");
        }
        ReportData data = gather(period);
        Path target = file(period);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".tmp");
            try (PartyDocument doc = new PartyDocument(); OutputStream out = Files.newOutputStream(partial)) {
                ReportLayout.header(doc, catalog.plan().report(), period.label());
                doc.text(catalog.plan().report().opening().replace("{ky}", period.label())
                        .replace("{den_ngay}", vn.xanh.system.Vietnamese.date(period.end())));
                ResultsSection.write(doc, data);
                AssessmentSection.write(doc, data);
                ReportLayout.closing(doc, catalog.plan().report());
                ReportLayout.appendix(doc, data);
                doc.write(out);
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the report of " + period.key(), e);
        }
    }

    private ReportData gather(ReportPeriod period) {
        // The targets as of the period's last day, read, never stored: a later run must not take the report's
        // results for a previous night's.
        IndicatorService.Reading reading = indicators.read(period.end());
        return new ReportData(catalog, period, reading.results(), reading.breakdowns(), progress.channels(period),
                progress.activities(period), progress.senders(), progress.monthsReported(period),
                progress.checks(period, period.last()), progress.modelsRecognised(period),
                progress.modelsToDate(period));
    }
}
