package vn.xanh.system;

import java.nio.file.Files;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The run lock on H2: the lease row alone. */
class H2RunLockTests extends RunLockTests {

    @Override
    DataSource database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + Files.createTempDirectory("xanh-lock").resolve("xanh") + ";AUTO_SERVER=TRUE");
        h2.setUser("sa");
        return h2;
    }

    @Override
    String vendor() {
        return "h2";
    }
}
