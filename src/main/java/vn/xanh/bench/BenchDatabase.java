package vn.xanh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database the bench runs on: H2 files under the bench's folder, or PostgreSQL (the server named by
 * {@code XANH_BENCH_PG_URL}, or an embedded one when its library is on the class path), each workload
 * in a fresh schema so nothing of a real installation is touched.
 */
public final class BenchDatabase implements AutoCloseable {

    private final String name;
    private final String baseUrl;
    private final String user;
    private final String password;
    private final Path h2Dir;
    private final AutoCloseable server;
    private final AtomicInteger schemas = new AtomicInteger();
    /** The schemas made on a server, dropped at the end whatever workloads made them. */
    private final java.util.List<String> created = new java.util.ArrayList<>();
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private BenchDatabase(String name, String baseUrl, String user, String password, Path h2Dir, AutoCloseable server) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.h2Dir = h2Dir;
        this.server = server;
    }

    public static BenchDatabase h2(Path dir) {
        return new BenchDatabase("h2", null, "sa", "", dir, null);
    }

    public static BenchDatabase postgres(String url, String user, String password) {
        return new BenchDatabase("postgresql", url, user, password, null, null);
    }

    /** Wraps an embedded server already started; it is closed with this. */
    public static BenchDatabase embeddedPostgres(String url, AutoCloseable server) {
        return new BenchDatabase("postgresql", url, "postgres", "", null, server);
    }

    public String name() {
        return name;
    }

    /** The properties that point a context at a fresh, empty database (or schema) of this kind. */
    public Map<String, String> fresh(String label) throws SQLException {
        Map<String, String> properties = new LinkedHashMap<>();
        int n = schemas.incrementAndGet();
        if (h2Dir != null) {
            // The same settings as an installation's: AUTO_SERVER, every commit written at once.
            properties.put("spring.datasource.url", "jdbc:h2:file:" + h2Dir.toAbsolutePath().resolve(label + n + "/xanh")
                    + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        }
        else {
            String schema = "xanh_bench_" + run + "_" + label.replace('-', '_') + n;
            try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            }
            created.add(schema);
            properties.put("spring.datasource.url", baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema="
                    + schema);
            properties.put("spring.flyway.default-schema", schema);
            properties.put("spring.flyway.schemas", schema);
        }
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        return properties;
    }

    /** Drops the schemas this bench created on a server it did not start. */
    @Override
    public void close() throws Exception {
        if (baseUrl != null && server == null) {
            try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                    Statement statement = connection.createStatement()) {
                for (String schema : created) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * PostgreSQL when one can be had: the server of {@code XANH_BENCH_PG_URL} (with {@code XANH_BENCH_PG_USER} and
     * {@code XANH_BENCH_PG_PASSWORD}), else an embedded one when its library is on the class path (the tests')
     * and the process is not root, which PostgreSQL refuses. Says why when there is none.
     */
    public static java.util.Optional<BenchDatabase> postgres(Map<String, String> environment,
            java.util.function.Consumer<String> say) {
        String url = environment.get("XANH_BENCH_PG_URL");
        if (url != null && !url.isBlank()) {
            return java.util.Optional.of(postgres(url, environment.getOrDefault("XANH_BENCH_PG_USER", "postgres"),
                    environment.getOrDefault("XANH_BENCH_PG_PASSWORD", "")));
        }
        Class<?> embedded;
        try {
            embedded = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        }
        catch (ClassNotFoundException e) {
            say.accept("Bỏ qua PostgreSQL: chưa đặt XANH_BENCH_PG_URL (ví dụ jdbc:postgresql://localhost:5432/xanh,"
                    + " cùng XANH_BENCH_PG_USER và XANH_BENCH_PG_PASSWORD).");
            return java.util.Optional.empty();
        }
        if ("root".equals(System.getProperty("user.name"))) {
            say.accept("Bỏ qua PostgreSQL nhúng: PostgreSQL không chạy dưới quyền root. Hãy chạy bằng người dùng"
                    + " thường hoặc đặt XANH_BENCH_PG_URL.");
            return java.util.Optional.empty();
        }
        try {
            Object builder = embedded.getMethod("builder").invoke(null);
            Object server = builder.getClass().getMethod("start").invoke(builder);
            String jdbcUrl = (String) embedded.getMethod("getJdbcUrl", String.class, String.class).invoke(server,
                    "postgres", "postgres");
            return java.util.Optional.of(embeddedPostgres(jdbcUrl, (AutoCloseable) server));
        }
        catch (ReflectiveOperationException | RuntimeException e) {
            say.accept("Bỏ qua PostgreSQL nhúng: không khởi động được (" + e + ").");
            return java.util.Optional.empty();
        }
    }
}
