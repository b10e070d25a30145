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
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.xanh.catalog.Catalog;
import vn.xanh.facts.HeldRepository;
import vn.xanh.facts.PeriodicReportRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.plan.internal.AssessmentSection;
import vn.xanh.plan.internal.Issues;
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

    private final HeldRepository held;

    public PeriodicReport(Catalog catalog, PlanProgress progress, IndicatorService indicators,
            XanhProperties properties, PeriodicReportRepository written, HeldRepository held) {
        this.held = held;
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
            Path file = writeAs(period, file(period), null);
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

    /**
     * Writes the report of the period. One the nightly run issued is never overwritten: a regeneration whose
     * content differs is written beside it as {@code bao-cao-<kỳ>-lan-2.docx} (then lan-3…), saying under its
     * title what changed since the first issue; one whose content is the same returns the file that has it.
     */
    public Path write(ReportPeriod period) {
        Path issued = file(period);
        Optional<LocalDate> issuedFor = written.issuedFor(period.key());
        if (issuedFor.isEmpty() || !Files.exists(issued)) {
            return writeAs(period, issued, null);
        }
        Path fresh = writeAs(period, issued.resolveSibling(issued.getFileName() + ".moi"), null);
        try {
            String content = Issues.content(fresh);
            Path latest = issued;
            int next = 2;
            for (; Files.exists(Issues.lan(issued, next)); next++) {
                latest = Issues.lan(issued, next);
            }
            if (content.equals(Issues.content(latest))) {
                return latest;
            }
            return writeAs(period, Issues.lan(issued, next), new Issues.Revision(next, issuedFor.get(),
                    Adjustments.lines(catalog, held.changesBetween(period.first(), period.last()))));
        }
        finally {
            Issues.delete(fresh);
        }
    }

    /** Writes the report to the file, replacing it; the file appears whole or not at all. */
    private Path writeAs(ReportPeriod period, Path target, Issues.Revision revision) {
        if (catalog.plan().report() == null) {
            throw new IllegalStateException("jobs/plan.yml is missing: no report format");
        }
        ReportData data = gather(period);
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".tmp");
            try (PartyDocument doc = new PartyDocument(); OutputStream out = Files.newOutputStream(partial)) {
                ReportLayout.header(doc, catalog.plan().report(), period.label());
                Issues.revision(doc, revision);
                doc.text(catalog.plan().report().opening().replace("{ky}", period.label())
                        .replace("{den_ngay}", vn.xanh.system.Vietnamese.date(period.end())));
                Issues.adjustments(doc, Adjustments.lines(catalog, held.changesBetween(period.first(), period.last())));
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
        // results for a previous night's. Computed afresh once an approved change touched the period's closed
        // months, so that the report says the new figures.
        IndicatorService.Reading reading = held.changesBetween(period.first(), period.last()).isEmpty()
                ? indicators.read(period.end()) : indicators.computed(period.end());
        return new ReportData(catalog, period, reading.results(), reading.breakdowns(), progress.channels(period),
                progress.activities(period), progress.senders(), progress.monthsReported(period),
                progress.checks(period, period.last()), progress.modelsRecognised(period),
                progress.modelsToDate(period));
    }
}
