package vn.xanh.system;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.RegisterExtension;

import vn.xanh.TestPostgres;

/** The run lock on a real PostgreSQL server: the lease row and the advisory lock. */
class PostgresRunLockTests extends RunLockTests {

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @Override
    DataSource database() {
        return postgres.server().getPostgresDatabase();
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
