package vn.xanh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.xanh.demo.SubmissionGenerator;

/** The generated files brought to a drop folder, as submitters' arrive: sent once, or sent again. */
final class Sending {

    private Sending() {
    }

    /**
     * Copies the files into a drop folder, as submitters' would arrive. Sent again ({@code sending} above 0), each
     * {@code .xlsx} carries a zip comment naming the sending, so that its bytes differ and its data does not, as a
     * clerk's re-saved file does: intake records it as a correction, not as a duplicate. An {@code .xls} is copied
     * as it is.
     */
    static void send(SubmissionGenerator.Written written, Path dropFolder, int sending) throws IOException {
        Files.createDirectories(dropFolder);
        for (Path file : written.files()) {
            Path target = dropFolder.resolve(file.getFileName().toString());
            if (sending == 0 || !file.getFileName().toString().endsWith(".xlsx")) {
                Files.copy(file, target);
            }
            else {
                Files.write(target, withZipComment(Files.readAllBytes(file), "sent again: " + sending));
            }
        }
    }

    /** The zip with this comment in its end record, which must have none; any other zip is returned as it is. */
    static byte[] withZipComment(byte[] zip, String comment) {
        int end = zip.length - 22; // the end record without a comment: signature 50 4B 05 06, comment length last
        if (end < 0 || zip[end] != 0x50 || zip[end + 1] != 0x4B || zip[end + 2] != 0x05 || zip[end + 3] != 0x06
                || zip[end + 20] != 0 || zip[end + 21] != 0) {
            return zip;
        }
        byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] commented = java.util.Arrays.copyOf(zip, zip.length + text.length);
        commented[end + 20] = (byte) text.length;
        commented[end + 21] = (byte) (text.length >>> 8);
        System.arraycopy(text, 0, commented, zip.length, text.length);
        return commented;
    }
}
