package vn.xanh.intake.internal.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import vn.xanh.intake.internal.writer.AnnotatedCopy;
import vn.xanh.system.ForeignText;

/**
 * The drop folder: which files are ready to take (not lock files, not hidden, not still being
 * written), and moving a file to its final folder without overwriting anything there. Links are never
 * followed: a symbolic link is listed as itself, for intake to reject, and moved as itself.
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
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    Instant modified = attributes.lastModifiedTime().toInstant();
                    if ((attributes.isRegularFile() || attributes.isSymbolicLink())
                            && modified.compareTo(settledBefore) <= 0) {
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
        return moveInto(file, folder, null);
    }

    /** The same, under the name given (null: the file's own). */
    public static Path moveInto(Path file, Path folder, String name) throws IOException {
        createOnce(folder);
        Path target = freeName(folder, name == null ? file.getFileName().toString() : name);
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
        return reject(file, rejectedDir, receivedAt, problems, null, null);
    }

    /**
     * The same, the report naming the file as {@code shownName} and the file stored as {@code storedName} (each
     * null: the file's own name).
     */
    public static Path reject(Path file, Path rejectedDir, OffsetDateTime receivedAt, List<Problem> problems,
            String shownName, String storedName) throws IOException {
        String name = shownName == null ? file.getFileName().toString() : shownName;
        createOnce(rejectedDir);
        Path target = freeName(rejectedDir, storedName == null ? name : storedName);
        RejectionReport.write(RejectionReport.pathFor(target), name, receivedAt, problems);
        if (isWorkbookName(file) && isWorkbookName(target) && !isLink(file) && problems.stream().anyMatch(p -> p.isError() && p.cell() != null)) {
            try {
                AnnotatedCopy.write(file, AnnotatedCopy.pathFor(target), problems);
            }
            catch (IOException | RuntimeException e) {
                // The copy is a help for the clerk; the report beside the file already says everything.
                LoggerFactory.getLogger(DropFolder.class).warn("Could not write the annotated copy of {}: {}",
                        ForeignText.forLog(name), ForeignText.forLog(e.getMessage()));
            }
        }
        try {
            return Files.move(file, target);
        }
        catch (IOException e) {
            // Not left beside nothing: the report belongs to the file, which is still where it was.
            forgetReports(target);
            throw e;
        }
    }

    /** Removes our report and marked-up copy beside a rejected file that is taken back. */
    public static void forgetReports(Path rejected) throws IOException {
        Files.deleteIfExists(RejectionReport.pathFor(rejected));
        Files.deleteIfExists(AnnotatedCopy.pathFor(rejected));
    }

    /**
     * A name in the folder that neither a file nor the report or marked-up copy of one holds, within the bytes a
     * file system allows once ".loi.txt" is added (see {@link ForeignText#fitName}).
     */
    public static Path freeName(Path folder, String name) {
        String fitted = ForeignText.fitName(name);
        if (fitted.isEmpty() || fitted.startsWith(".")) {
            fitted = "tep" + fitted;
        }
        Path target = folder.resolve(fitted);
        for (int n = 2; taken(target); n++) {
            target = folder.resolve(ForeignText.numbered(fitted, n));
        }
        return target;
    }

    private static boolean taken(Path target) {
        return Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(RejectionReport.pathFor(target), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(AnnotatedCopy.pathFor(target), LinkOption.NOFOLLOW_LINKS);
    }

    /** The SHA-256 of the file's bytes; of a symbolic link, of where it points (its target is never read). */
    public static String fingerprint(Path file) throws IOException {
        if (isLink(file)) {
            return Sha256.ofText("symlink:" + Files.readSymbolicLink(file));
        }
        return Sha256.of(file);
    }

    /** Its fingerprint, or null for a file this program may not read (one rejected as unreadable). */
    private static String readableFingerprint(Path file) {
        try {
            return fingerprint(file);
        }
        catch (IOException e) {
            return null;
        }
    }

    /** Whether the file is a symbolic link: read as itself, never as what it points to. */
    public static boolean isLink(Path file) {
        return Files.isSymbolicLink(file);
    }

    /** A file of the folder whose name starts with the stem and whose bytes have this fingerprint. */
    public static Optional<Path> withSameBytes(Path folder, String stem, String sha256) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(stem))
                    .filter(f -> !f.getFileName().toString().contains(".loi.")).toList()) {
                if ((Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || isLink(file))
                        && sha256.equals(readableFingerprint(file))) {
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
