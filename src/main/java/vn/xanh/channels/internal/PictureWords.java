package vn.xanh.channels.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The few words printed on the pictures, from {@code templates/kenh/anh.properties}. */
final class PictureWords {

    private static final Properties WORDS = load();

    private PictureWords() {
    }

    /** The words under {@code key}, with {@code {0}}, {@code {1}}… replaced by the values. */
    static String of(String key, Object... values) {
        String text = WORDS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No words for " + key + " in templates/kenh/anh.properties");
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = PictureWords.class.getResourceAsStream("/templates/kenh/anh.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
