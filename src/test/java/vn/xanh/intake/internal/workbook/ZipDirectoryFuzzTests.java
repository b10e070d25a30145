package vn.xanh.intake.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The zip directory the guard reads itself, on any bytes: it never throws, every part it gives lies inside the
 * bytes, and when commons-compress (the reader's zip) opens the same bytes it sees exactly the same parts, or
 * the guard would inspect other parts than are read.
 */
class ZipDirectoryFuzzTests {

    static Stream<Arguments> workbooks() {
        return FuzzSeeds.xlsx().stream().map(FuzzSeeds::argument);
    }

    @MethodSource("workbooks")
    @FuzzTest(maxDuration = "6s")
    void readsThePartsCommonsCompressReadsOrNone(byte[] zip) {
        // when
        List<ZipDirectory.Part> parts = ZipDirectory.read(zip);

        // then
        if (parts == null) {
            return;
        }
        for (ZipDirectory.Part part : parts) {
            assertThat(part.dataOffset()).isNotNegative();
            assertThat(part.compressedSize()).isNotNegative();
            assertThat((long) part.dataOffset() + part.compressedSize()).isLessThanOrEqualTo(zip.length);
        }
        List<ZipDirectory.Part> commonsCompress = commonsCompress(zip);
        if (commonsCompress != null) {
            assertThat(parts).isEqualTo(commonsCompress);
        }
    }

    /** The parts commons-compress reads, or null when it does not open the bytes (nor then does the reader). */
    private static List<ZipDirectory.Part> commonsCompress(byte[] bytes) {
        List<ZipDirectory.Part> parts = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                parts.add(new ZipDirectory.Part(entry.getName(), entry.getMethod(), (int) entry.getDataOffset(),
                        (int) entry.getCompressedSize()));
            }
        }
        catch (IOException | RuntimeException e) {
            return null;
        }
        return parts;
    }
}
