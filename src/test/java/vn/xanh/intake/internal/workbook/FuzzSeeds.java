package vn.xanh.intake.internal.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.provider.Arguments;

import vn.xanh.intake.HostileFiles;

/**
 * The seeds of the fuzz tests, written afresh each run from the test corpus (every template filled in, a city's
 * generated reports, other programs' files, every kind of value) and the hostile files, so they always follow
 * the templates; the inputs the fuzzer once failed on are kept as files beside each fuzz test instead.
 */
public final class FuzzSeeds {

    private static List<byte[]> xlsx;
    private static List<byte[]> xls;

    private FuzzSeeds() {
    }

    /** Every {@code .xlsx} of the corpus and the hostile files, as bytes. */
    public static synchronized List<byte[]> xlsx() {
        if (xlsx == null) {
            xlsx = write(".xlsx");
        }
        return xlsx;
    }

    /** Every {@code .xls} of the corpus, as bytes. */
    public static synchronized List<byte[]> xls() {
        if (xls == null) {
            xls = write(".xls");
        }
        return xls;
    }

    /** Both kinds of workbook, as a fuzz test's arguments. */
    public static Stream<Arguments> workbooks() {
        return Stream.concat(xlsx().stream(), xls().stream()).map(FuzzSeeds::argument);
    }

    /** The head (as the guard keeps it) of every distinct XML part of the corpus's workbooks. */
    public static Stream<Arguments> xmlParts() {
        Set<String> seen = new LinkedHashSet<>();
        List<byte[]> heads = new ArrayList<>();
        for (byte[] workbook : xlsx()) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    byte[] head = zip.readNBytes(4097);
                    if (seen.add(Arrays.toString(Arrays.copyOf(head, Math.min(head.length, 400))))) {
                        heads.add(head);
                    }
                }
            }
            catch (IOException | IllegalArgumentException e) {
                // a hostile file that is no zip: no parts to take
            }
        }
        return heads.stream().map(FuzzSeeds::argument);
    }

    static Arguments argument(byte[] bytes) {
        return Arguments.of((Object) bytes);
    }

    /**
     * The workbooks of one extension, written once into {@code target/fuzz-seeds} and read from there by the forks
     * after the first: writing the corpus takes half a minute, each fuzz test runs in a JVM of its own.
     */
    private static List<byte[]> write(String extension) {
        Path cache = Path.of("target", "fuzz-seeds", extension.substring(1));
        try {
            if (!Files.isDirectory(cache)) {
                Path dir = Files.createTempDirectory("fuzz-seeds");
                List<Path> files = TestCorpus.workbooks(dir, extension);
                if (extension.equals(".xlsx")) {
                    Path hostile = Files.createDirectories(dir.resolve("hostile"));
                    HostileFiles.writeAll(hostile).keySet().stream().map(hostile::resolve).forEach(files::add);
                }
                Path written = Files.createDirectories(dir.resolve("seeds"));
                int n = 0;
                for (Path file : files) {
                    Files.copy(file, written.resolve(String.format("%03d-%s", n++, file.getFileName())));
                }
                Files.createDirectories(cache.getParent());
                Files.move(written, cache, StandardCopyOption.ATOMIC_MOVE);
            }
            List<byte[]> seeds = new ArrayList<>();
            try (Stream<Path> files = Files.list(cache)) {
                for (Path file : files.sorted().toList()) {
                    seeds.add(Files.readAllBytes(file));
                }
            }
            return seeds;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
