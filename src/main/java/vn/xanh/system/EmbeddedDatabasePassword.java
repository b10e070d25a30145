package vn.xanh.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * The embedded H2 file is opened in AUTO_SERVER mode, which listens on a TCP port: with H2's {@code sa} and
 * no password anyone on the network could log in. At first start a random password is made, kept in
 * {@code data/h2-password} (owner only, {@code data/} too) and used for the default datasource; a database
 * made before with the empty password gets it set once. A datasource configured by the operator
 * (PostgreSQL, or H2 with its own password or URL) is left as it is.
 * <p>
 * It acts on Boot's {@link DataSourceProperties} as they are bound, not on the environment: only then is the
 * URL final (a test's or a bench's own database included), so no other database is ever given the password.
 */
public class EmbeddedDatabasePassword implements BeanPostProcessor {

    /** The default of {@code application.properties}: only this database is ours to protect. */
    static final String DEFAULT_URL = "jdbc:h2:file:./data/xanh;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    static final String FILE_NAME = "h2-password";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && manages(properties.getUrl(), properties.getPassword())) {
            String user = properties.getUsername() == null ? "sa" : properties.getUsername();
            properties.setPassword(protect(properties.getUrl(), user));
        }
        return bean;
    }

    /** Whether the datasource is the embedded default with no password of the operator's own. */
    static boolean manages(String url, String password) {
        return DEFAULT_URL.equals(url) && (password == null || password.isEmpty());
    }

    /**
     * The password of the H2 file database of {@code url} (a {@code jdbc:h2:file:} URL): read from, or made
     * into, {@code h2-password} beside the database file; an existing database still opened with the empty
     * password is given it.
     */
    public static String protect(String url, String user) {
        Path database = databaseFile(url);
        Path dir = database.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, OWNER_DIR);
            Path file = dir.resolve(FILE_NAME);
            if (Files.exists(file)) {
                ownerOnly(file, OWNER_FILE);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            // Made beside first and moved into place once the database takes it: a stop in between repeats the step.
            Path pending = dir.resolve(FILE_NAME + ".new");
            if (!Files.exists(pending)) {
                write(pending, newPassword());
            }
            ownerOnly(pending, OWNER_FILE);
            String password = Files.readString(pending, StandardCharsets.UTF_8).strip();
            if (Files.exists(database.resolveSibling(database.getFileName() + ".mv.db"))) {
                setOnExisting(url, user, password);
            }
            Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE);
            return password;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp mật khẩu cơ sở dữ liệu trong " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /** {@code ./data/xanh} of {@code jdbc:h2:file:./data/xanh;AUTO_SERVER=TRUE}. */
    static Path databaseFile(String url) {
        String path = url.substring("jdbc:h2:file:".length());
        int semicolon = path.indexOf(';');
        return Path.of(semicolon < 0 ? path : path.substring(0, semicolon));
    }

    private static void setOnExisting(String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return; // already set (a start stopped before the file was moved into place)
        }
        catch (SQLException withNew) {
            try (Connection connection = DriverManager.getConnection(url, user, "");
                    Statement statement = connection.createStatement()) {
                // The password is Base64 (no quote can end the literal); H2 takes no parameter here.
                statement.execute("ALTER USER \"" + user.toUpperCase(Locale.ROOT) + "\" SET PASSWORD '" + password
                        + "'");
            }
            catch (SQLException withEmpty) {
                withEmpty.addSuppressed(withNew);
                throw new IllegalStateException("Cơ sở dữ liệu " + url + " không nhận mật khẩu trống cũng không nhận"
                        + " mật khẩu mới; nếu đã đặt mật khẩu riêng, ghi nó vào SPRING_DATASOURCE_PASSWORD.", withEmpty);
            }
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Created owner-only from the start, so that the password is never readable by others, not even briefly. */
    private static void write(Path file, String password) throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
