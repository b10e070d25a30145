package vn.xanh.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

import vn.xanh.facts.Problem;

/**
 * The drop folder: which files are ready to take (not lock files, not hidden, not still being
 * written), and moving a file to its final folder without overwriting anything there.
 */
public final class DropFolder {

    private DropFolder() {
    }

    public static List<Path> ready(Path input, Duration settleTime, Clock clock) {
        if (!Files.isDirectory(input)) {
            return List.of();
        }
        Instant settledBefore = clock.instant().minus(settleTime);
        // Each file's attributes read once: sorting by a time read at every comparison was a fifth of taking in a
        // thousand small reports.
        List<Arrived> arrived = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(input)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (isTemporary(file)) {
                    continue;
                }
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    Instant modified = attributes.lastModifiedTime().toInstant();
                    if (attributes.isRegularFile() && modified.compareTo(settledBefore) <= 0) {
                        arrived.add(new Arrived(file, modified));
                    }
                }
                catch (java.nio.file.NoSuchFileException e) {
                    // taken away between the listing and now: nothing to take in
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return arrived.stream().sorted(Comparator.comparing(Arrived::modified)
                .thenComparing(a -> a.file().getFileName())).map(Arrived::file).toList();
    }

    private record Arrived(Path file, Instant modified) {
    }

    /** Office and LibreOffice lock files and hidden files belong to someone still at work. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
    }

    public static boolean isWorkbookName(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    /** Moves the file into the folder, under a new name ("x (2).xlsx") if that name is taken. */
    public static Path moveInto(Path file, Path folder) throws IOException {
        createOnce(folder);
        Path target = freeName(folder, file.getFileName().toString());
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The folder made if it is not there: asked for every file, and there after the first (a look, not a failed mkdir). */
    private static void createOnce(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
    }

    /**
     * Moves a rejected file beside its report and, when it is a workbook with errors naming cells, a
     * marked-up copy; returns where the file now is.
     */
    public static Path reject(Path file, Path rejectedDir, OffsetDateTime receivedAt, List<Problem> problems) throws IOException {
        String name = file.getFileName().toString();
        Path target = freeName(rejectedDir, name);
        createOnce(rejectedDir);
        RejectionReport.write(RejectionReport.pathFor(target), name, receivedAt, problems);
        if (isWorkbookName(file) && problems.stream().anyMatch(p -> p.isError() && p.cell() != null)) {
            try {
                AnnotatedCopy.write(file, AnnotatedCopy.pathFor(target), problems);
            }
            catch (IOException | RuntimeException e) {
                // The copy is a help for the clerk; the report beside the file already says everything.
                LoggerFactory.getLogger(DropFolder.class).warn("Could not write the annotated copy of {}: {}",
                        name, e.getMessage());
            }
        }
        return Files.move(file, target);
    }

    /** Removes our report and marked-up copy beside a rejected file that is taken back. */
    public static void forgetReports(Path rejected) throws IOException {
        Files.deleteIfExists(RejectionReport.pathFor(rejected));
        Files.deleteIfExists(AnnotatedCopy.pathFor(rejected));
    }

    public static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return target;
    }

    /** A file of the folder whose name starts with the stem and whose bytes have this fingerprint. */
    public static Optional<Path> withSameBytes(Path folder, String stem, String sha256) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(stem))
                    .filter(f -> !f.getFileName().toString().contains(".loi.")).toList()) {
                if (Files.isRegularFile(file) && Sha256.of(file).equals(sha256)) {
                    return Optional.of(file);
                }
            }
            return Optional.empty();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not look into " + folder, e);
        }
    }
}
