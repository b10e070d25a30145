package vn.xanh.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import vn.xanh.channels.internal.Figures;
import vn.xanh.channels.internal.Pictures;
import vn.xanh.channels.internal.QrCode;

class PicturesTests {

    static final String PUBLIC_URL = "https://tanky.haiphong.gov.vn/chuyen-doi-xanh/";

    @TempDir
    Path dir;

    @Test
    void thePicturesHaveTheirSizesAndTheirCodeLeadsToThePublicPage() throws Exception {
        // given
        Figures figures = KnownMonth.figures();
        QrCode qr = QrCode.of(figures.channels().publicUrl().toString());

        // when
        Pictures.infographic(dir.resolve("infographic.png"), figures, qr);
        Pictures.og(dir.resolve("og.png"), figures, qr);
        Pictures.poster(dir.resolve("poster.png"), figures, qr);
        qr.writePng(dir.resolve("qr.png"), 10);

        // then
        assertSize("infographic.png", Pictures.INFOGRAPHIC_WIDTH, Pictures.INFOGRAPHIC_HEIGHT);
        assertSize("og.png", Pictures.OG_WIDTH, Pictures.OG_HEIGHT);
        assertSize("poster.png", Pictures.POSTER_WIDTH, Pictures.POSTER_HEIGHT);
        for (String picture : new String[] {"infographic.png", "og.png", "poster.png", "qr.png"}) {
            assertThat(decode(dir.resolve(picture))).as(picture).isEqualTo(PUBLIC_URL);
        }
        Files.copy(dir.resolve("infographic.png"), Path.of("target/infographic-test.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("og.png"), Path.of("target/og-test.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("poster.png"), Path.of("target/poster-test.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void assertSize(String name, int width, int height) throws Exception {
        BufferedImage image = ImageIO.read(dir.resolve(name).toFile());
        assertThat(image.getWidth()).as(name).isEqualTo(width);
        assertThat(image.getHeight()).as(name).isEqualTo(height);
    }

    static String decode(Path picture) throws Exception {
        BufferedImage image = ImageIO.read(picture.toFile());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
