package vn.xanh.intake.internal.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.xanh.catalog.Names;

/**
 * The old Vietnamese font encodings, TCVN3 ({@code .VnTime}, capitals in {@code .VnTimeH}) and VNI
 * ({@code VNI-Times}): text typed with them arrives as Latin-1 letters ("Th«n §«ng") that only the
 * font shows as Vietnamese. The tables are data, in {@code legacy/tcvn3.txt} and {@code legacy/vni.txt}.
 */
public enum LegacyEncoding {

    TCVN3("/legacy/tcvn3.txt"),
    VNI("/legacy/vni.txt");

    private final Map<String, String> table;
    private final int longest;

    LegacyEncoding(String resource) {
        this.table = load(resource);
        this.longest = table.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** The encoding a font implies: {@code .Vn…} fonts are TCVN3, {@code VNI-…} fonts are VNI. */
    public static Optional<LegacyEncoding> ofFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".vn")) {
            return Optional.of(TCVN3);
        }
        return name.startsWith("vni-") || name.startsWith("vni ") ? Optional.of(VNI) : Optional.empty();
    }

    /** TCVN3's capital fonts (.VnTimeH, .VnArialH) show every letter as a capital. */
    public static boolean capitalsOnly(String fontName) {
        String name = fontName.strip();
        return name.startsWith(".") && name.endsWith("H");
    }

    /** The text as the font showed it, in Unicode NFC; longest sequences first (VNI marks follow their letter). */
    public String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String match = null;
            for (int length = Math.min(longest, text.length() - i); length > 0 && match == null; length--) {
                match = table.get(text.substring(i, i + length));
                if (match != null) {
                    i += length;
                }
            }
            if (match == null) {
                out.append(text.charAt(i++));
            }
            else {
                out.append(match);
            }
        }
        return Names.nfc(out.toString());
    }

    /** Whether decoding would change the text, so a warning is only given when something was converted. */
    public boolean changes(String text) {
        return !decode(text).equals(Names.nfc(text));
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> table = new HashMap<>();
        try (InputStream in = LegacyEncoding.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing conversion table " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                StringBuilder legacy = new StringBuilder();
                for (String codePoint : columns[0].trim().split(" ")) {
                    legacy.appendCodePoint(Integer.parseInt(codePoint.substring(2), 16));
                }
                table.put(legacy.toString(), columns[1].trim());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
