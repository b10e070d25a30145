package vn.xanh.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/** The embedded H2 database in AUTO_SERVER mode takes no network login without the password kept in data/. */
class EmbeddedDatabasePasswordTests {

    @Test
    void aNewDatabaseGetsARandomPasswordKeptForTheOwnerOnly() throws Exception {
        // given: a fresh folder, as at the first start
        Path data = Files.createTempDirectory("xanh-h2").resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("xanh") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";

        // when
        String password = EmbeddedDatabasePassword.protect(url, "sa");
        try (Connection connection = DriverManager.getConnection(url, "sa", password)) {
            connection.createStatement().execute("CREATE TABLE t (n INT)");
        }

        // then: the password is in data/h2-password, both readable by the owner only
        Path file = data.resolve("h2-password");
        assertThat(Files.readString(file, StandardCharsets.UTF_8).strip()).isEqualTo(password).hasSizeGreaterThan(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        // and: the next start reads the same password
        assertThat(EmbeddedDatabasePassword.protect(url, "sa")).isEqualTo(password);
    }

    @Test
    void aDatabaseMadeWithTheEmptyPasswordIsGivenOneAndKeepsItsData() throws Exception {
        // given: a database of an earlier version, sa with no password, its folder open to all
        Path data = Files.createTempDirectory("xanh-h2").resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("xanh") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("CREATE TABLE fact (amount INT)");
            connection.createStatement().execute("INSERT INTO fact VALUES (100)");
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        // when
        String password = EmbeddedDatabasePassword.protect(url, "sa");

        // then: the old password no longer opens it, the new one does, and the numbers are there
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(url, "sa", password);
                var rows = connection.createStatement().executeQuery("SELECT amount FROM fact")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(100);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("h2-password"))))
                .isEqualTo("rw-------");
        assertThat(data.resolve("h2-password.new")).doesNotExist();
    }

    @Test
    void onlyTheDefaultDatasourceWithoutAPasswordOfItsOwnIsManaged() {
        // given: PostgreSQL, the default with the operator's own password, a test's in-memory H2
        DataSourceProperties postgres = datasource("jdbc:postgresql://localhost/xanh", "xanh", "");
        DataSourceProperties ownPassword = datasource(EmbeddedDatabasePassword.DEFAULT_URL, "sa", "cua-toi");
        DataSourceProperties memory = datasource("jdbc:h2:mem:xanh-cds", "sa", null);

        // when
        for (DataSourceProperties properties : new DataSourceProperties[] {postgres, ownPassword, memory}) {
            new EmbeddedDatabasePassword().postProcessBeforeInitialization(properties, "dataSourceProperties");
        }

        // then: each keeps its own settings
        assertThat(postgres.getPassword()).isEmpty();
        assertThat(ownPassword.getPassword()).isEqualTo("cua-toi");
        assertThat(memory.getPassword()).isNull();
        assertThat(EmbeddedDatabasePassword.manages(EmbeddedDatabasePassword.DEFAULT_URL, "")).isTrue();
    }

    @Test
    void theDefaultOfApplicationPropertiesIsTheOneProtected() throws Exception {
        // given
        java.util.Properties properties = new java.util.Properties();

        // when
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }

        // then
        assertThat(properties.getProperty("spring.datasource.url")).isEqualTo(EmbeddedDatabasePassword.DEFAULT_URL);
        assertThat(EmbeddedDatabasePassword.manages(properties.getProperty("spring.datasource.url"),
                properties.getProperty("spring.datasource.password"))).isTrue();
    }

    private static DataSourceProperties datasource(String url, String user, String password) {
        DataSourceProperties properties = new DataSourceProperties();
        properties.setUrl(url);
        properties.setUsername(user);
        properties.setPassword(password);
        return properties;
    }
}
