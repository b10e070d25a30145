package vn.xanh.mailbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;

import vn.xanh.system.ForeignText;

/**
 * The workbooks of one message, copied into a staging folder with bounds on their number, each one's
 * size and the whole; a {@code .zip} is opened (its workbooks only, nothing nested, declared and actual
 * sizes both bounded against zip bombs). Nothing is executed, no link is followed; whatever is not a
 * workbook is noted so the answer can say so.
 */
public final class Attachments {

    private static final int DEEPEST = 8;
    private static final int MOST_ZIP_ENTRIES = 1000;

    /** A workbook staged: its safe name and where it waits. */
    public record Staged(String name, Path file, String sha256) {
    }

    /** Why a file from the message was not taken. */
    public enum Refusal {
        NOT_WORKBOOK, TOO_LARGE, TOO_MANY, BAD_ZIP
    }

    /** A file not taken, and why. */
    public record Refused(String name, Refusal reason) {

        /** One line of the message's record: "REASON\tname". */
        public String line() {
            return reason + "\t" + name;
        }

        public static List<Refused> parse(String lines) {
            List<Refused> refused = new ArrayList<>();
            if (lines != null) {
                for (String line : lines.split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        refused.add(new Refused(line.substring(tab + 1), Refusal.valueOf(line.substring(0, tab))));
                    }
                }
            }
            return refused;
        }
    }

    /** What a message brought. */
    public record Found(List<Staged> staged, List<Refused> refused) {

        public String refusedLines() {
            return refused.isEmpty() ? null : String.join("\n", refused.stream().map(Refused::line).toList());
        }
    }

    /** The bounds: workbooks per message, bytes per file, bytes per message. */
    public record Limits(int maxFiles, long maxFileBytes, long maxMessageBytes) {
    }

    private final Path staging;
    private final Limits limits;
    private final List<Staged> staged = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private long bytes;

    private Attachments(Path staging, Limits limits) {
        this.staging = staging;
        this.limits = limits;
    }

    public static Found extract(Part message, Path staging, Limits limits) throws IOException, MessagingException {
        Files.createDirectories(staging);
        Attachments walk = new Attachments(staging, limits);
        walk.part(message, 0);
        return new Found(List.copyOf(walk.staged), List.copyOf(walk.refused));
    }

    private void part(Part part, int depth) throws IOException, MessagingException {
        if (depth > DEEPEST) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                part(multipart.getBodyPart(i), depth + 1);
            }
            return;
        }
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part forwarded) {
            // A message forwarded as an attachment: its workbooks are the submitter's too.
            part(forwarded, depth + 1);
            return;
        }
        String raw = part.getFileName();
        if (raw == null) {
            return;
        }
        String name = SafeNames.of(ForeignText.clean(MimeUtility.decodeText(raw)));
        if (SafeNames.isWorkbook(name)) {
            try (InputStream in = part.getInputStream()) {
                take(name, in);
            }
        }
        else if (SafeNames.isZip(name)) {
            zip(name, part);
        }
        else {
            refused.add(new Refused(name, Refusal.NOT_WORKBOOK));
        }
    }

    private void zip(String zipName, Part part) throws IOException, MessagingException {
        Path copy = staging.resolve("zip-" + staged.size() + "-" + refused.size() + ".part");
        try {
            try (InputStream in = part.getInputStream()) {
                DiskFiles.write(in, copy, limits.maxFileBytes());
            }
            catch (DiskFiles.TooLarge e) {
                refused.add(new Refused(zipName, Refusal.TOO_LARGE));
                return;
            }
            try (ZipFile zip = new ZipFile(copy.toFile())) {
                if (zip.size() > MOST_ZIP_ENTRIES) {
                    refused.add(new Refused(zipName, Refusal.BAD_ZIP));
                    return;
                }
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String name = SafeNames.of(entry.getName());
                    if (!SafeNames.isWorkbook(name)) {
                        refused.add(new Refused(zipName + " › " + name, Refusal.NOT_WORKBOOK));
                    }
                    else if (entry.getSize() > limits.maxFileBytes()) {
                        refused.add(new Refused(name, Refusal.TOO_LARGE));
                    }
                    else {
                        try (InputStream in = zip.getInputStream(entry)) {
                            take(name, in);
                        }
                    }
                }
            }
            catch (ZipException e) {
                // Broken, encrypted or a format the JDK cannot read: said so, nothing taken from it.
                refused.add(new Refused(zipName, Refusal.BAD_ZIP));
            }
            catch (IOException e) {
                if (ReadFailures.isMachineFault(e)) {
                    throw e;
                }
                // Cut short (an entry's data ends early): the entries read whole are kept, the zip is said broken.
                refused.add(new Refused(zipName, Refusal.BAD_ZIP));
            }
        }
        finally {
            Files.deleteIfExists(copy);
        }
    }

    private void take(String name, InputStream in) throws IOException {
        if (staged.size() >= limits.maxFiles()) {
            refused.add(new Refused(name, Refusal.TOO_MANY));
            return;
        }
        String unique = name;
        for (int n = 2; !names.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            unique = DiskFiles.numbered(name, n);
        }
        Path file = staging.resolve(staged.size() + ".bin");
        long room = Math.min(limits.maxFileBytes(), limits.maxMessageBytes() - bytes);
        try {
            String sha256 = DiskFiles.write(in, file, room);
            bytes += Files.size(file);
            staged.add(new Staged(unique, file, sha256));
        }
        catch (DiskFiles.TooLarge e) {
            refused.add(new Refused(name, Refusal.TOO_LARGE));
        }
    }
}
