package vn.xanh.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.Indicator;
import vn.xanh.channels.internal.Bulletin;
import vn.xanh.channels.internal.Figures;
import vn.xanh.channels.internal.Pictures;
import vn.xanh.channels.internal.PublicPage;
import vn.xanh.channels.internal.QrCode;
import vn.xanh.facts.GreenModelRepository;
import vn.xanh.indicators.IndicatorService;
import vn.xanh.indicators.calc.IndicatorResult;
import vn.xanh.indicators.calc.Point;
import vn.xanh.report.ReportFiles;
import vn.xanh.system.XanhProperties;

/**
 * Writes, for the last closed month before the as-of date, the bulletin and the pictures into
 * {@code output/<date>/kenh/}, and rebuilds the public page {@code output/cong-khai/} unless it already
 * shows a later date (a rerun of a past date must not turn the public page back).
 */
@Service
public class ChannelsService {

    static final String PUBLIC_DIR = "cong-khai";
    static final String DATE_FILE = "ngay-so-lieu.txt";
    private static final Logger log = LoggerFactory.getLogger(ChannelsService.class);

    private final Catalog catalog;
    private final IndicatorService indicators;
    private final GreenModelRepository models;
    private final XanhProperties properties;
    private final Bulletin bulletin = new Bulletin();
    private final PublicPage page;

    public ChannelsService(Catalog catalog, IndicatorService indicators, GreenModelRepository models,
            ITemplateEngine templates, XanhProperties properties) {
        this.catalog = catalog;
        this.indicators = indicators;
        this.models = models;
        this.properties = properties;
        this.page = new PublicPage(templates);
    }

    public ChannelFiles write(LocalDate asOf) {
        Figures figures = figures(asOf);
        Path dir = properties.outputFor(asOf).resolve("kenh");
        String month = figures.month().toString();
        QrCode qr = QrCode.of(catalog.channels().publicUrl().toString());
        try {
            Files.createDirectories(dir);
            Path text = dir.resolve("phat-thanh-" + month + ".txt");
            replace(text, tmp -> Files.writeString(tmp, bulletin.write(figures), StandardCharsets.UTF_8));
            Path infographic = dir.resolve("infographic-" + month + ".png");
            replace(infographic, tmp -> Pictures.infographic(tmp, figures, qr));
            Path og = dir.resolve("og-" + month + ".png");
            replace(og, tmp -> Pictures.og(tmp, figures, qr));
            return new ChannelFiles(text, infographic, og, publish(figures, qr, og));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not write the channels of " + asOf, e);
        }
    }

    /** The same stored results the digest reads, each indicator's history, the models recognised so far. */
    Figures figures(LocalDate asOf) {
        Map<String, IndicatorResult> results = indicators.stored(asOf).stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity()));
        Map<String, List<Point>> history = indicators.history(asOf);
        List<Figures.Target> targets = new ArrayList<>();
        for (Indicator indicator : catalog.indicators()) {
            targets.add(new Figures.Target(indicator, results.get(indicator.code()),
                    history.getOrDefault(indicator.code(), List.of())));
        }
        return new Figures(catalog, asOf, YearMonth.from(asOf).minusMonths(1), targets, models.recognisedAsOf(asOf));
    }

    /**
     * Builds the page beside the old one and swaps the folders, so that a reader (or a copy to the web
     * server) never finds half a page; a crash leaves at most a {@code .cong-khai-*} folder the next run clears.
     */
    private Path publish(Figures figures, QrCode qr, Path og) throws IOException {
        Path target = properties.outputDir().resolve(PUBLIC_DIR);
        LocalDate shown = shownDate(target);
        if (shown != null && shown.isAfter(figures.asOf())) {
            log.info("Public page left as it is: it shows {}, later than {}", shown, figures.asOf());
            return null;
        }
        Path fresh = properties.outputDir().resolve(".cong-khai-moi");
        Path old = properties.outputDir().resolve(".cong-khai-cu");
        deleteTree(fresh);
        deleteTree(old);
        Files.createDirectories(fresh);
        page.write(fresh, figures, ReportFiles.in(properties.outputFor(figures.asOf()), figures.asOf()));
        Files.copy(og, fresh.resolve(PublicPage.OG_PICTURE));
        qr.writePng(fresh.resolve("qr.png"), 16);
        qr.writeSvg(fresh.resolve("qr.svg"), catalog.channels().publicUrl().toString());
        Pictures.poster(fresh.resolve("poster-a4.png"), figures, qr);
        Files.writeString(fresh.resolve(DATE_FILE), figures.asOf() + "\n", StandardCharsets.UTF_8);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        return target;
    }

    private static LocalDate shownDate(Path dir) throws IOException {
        Path file = dir.resolve(DATE_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return LocalDate.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** Written beside, then moved over: a file a clerk has open is never half written. */
    private static void replace(Path file, Writer writer) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        writer.write(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
