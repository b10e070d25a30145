package vn.xanh.mailbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Files written so that a power cut cannot leave half of them: written and forced to disk in a
 * staging folder, then linked into the drop folder under a name nobody holds (a hard link never
 * replaces a file, unlike a rename), and the folder itself forced.
 */
public final class DiskFiles {

    private DiskFiles() {
    }

    /** The bytes were more than allowed; nothing is kept. */
    public static final class TooLarge extends IOException {

        public TooLarge() {
            super("too large");
        }
    }

    /** Copies at most {@code limit} bytes into a new file, forced to disk; returns the SHA-256 of the bytes. */
    public static String write(InputStream in, Path file, long limit) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, read);
            }
            out.flush();
            channel.force(true);
        }
        catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Links the staged file into the drop folder under exactly this name and forces the folder; false
     * when the name is taken (a link never replaces a file, unlike a rename).
     */
    public static boolean link(Path staged, Path target) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createLink(target, staged);
        }
        catch (FileAlreadyExistsException taken) {
            return false;
        }
        catch (UnsupportedOperationException noLinks) {
            Files.copy(staged, target);
        }
        force(target.getParent());
        return true;
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** "x.xlsx" as the n-th of its name: "x (n).xlsx", within the bytes a name may have. */
    public static String numbered(String name, int n) {
        return SafeNames.numbered(name, n);
    }

    /** Forces a folder's entries to disk where the system allows it (Linux does; some do not). */
    public static void force(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
        catch (IOException | RuntimeException notSupported) {
            // Windows cannot open a folder as a channel; its own journaling covers the rename.
        }
    }

    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
