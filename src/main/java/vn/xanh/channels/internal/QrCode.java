package vn.xanh.channels.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The QR code of the public page, drawn on pictures and written as PNG and SVG for printers. */
public final class QrCode {

    /** The white border a reader needs around the code, in modules. */
    static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    public static QrCode of(String text) {
        try {
            // Quartile correction: a poster at the market gets dirty and creased.
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        }
        catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
        }
    }

    /** Modules across, the quiet zone included. */
    public int width() {
        return modules.getWidth() + 2 * QUIET_ZONE;
    }

    /** Draws the code with its quiet zone in a square of at most {@code size} pixels; returns the size used. */
    public int draw(Graphics2D g, int x, int y, int size) {
        int module = Math.max(1, size / width());
        int used = module * width();
        g.setColor(Color.WHITE);
        g.fillRect(x, y, used, used);
        g.setColor(Color.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    g.fillRect(x + (column + QUIET_ZONE) * module, y + (row + QUIET_ZONE) * module, module, module);
                }
            }
        }
        return used;
    }

    public void writePng(Path file, int pixelsPerModule) throws IOException {
        int size = width() * pixelsPerModule;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        draw(g, 0, 0, size);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** One path of unit squares on a white square: sharp at any print size. */
    public void writeSvg(Path file, String title) throws IOException {
        StringBuilder path = new StringBuilder();
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                if (modules.get(column, row)) {
                    path.append('M').append(column + QUIET_ZONE).append(' ').append(row + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width() + " " + width()
                + "\" width=\"" + width() * 8 + "\" height=\"" + width() * 8 + "\" shape-rendering=\"crispEdges\""
                + " role=\"img\">\n<title>" + escape(title) + "</title>\n<rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/>\n<path fill=\"#000\" d=\"" + path + "\"/>\n</svg>\n";
        Files.writeString(file, svg, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
