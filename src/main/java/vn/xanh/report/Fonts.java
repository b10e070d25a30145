package vn.xanh.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, shipped in the jar: a server's own fonts may lack Vietnamese letters, and a chart
 * must not turn "Đoài" into boxes.
 */
public final class Fonts {

    private static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private Fonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.PLAIN, size);
    }

    private static Font load(String resource) {
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + resource, e);
        }
    }
}
