package vn.xanh.facts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitRegistry;

/** Keeps the {@code unit} table equal to the registry in {@code jobs/units.yml}. */
@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void synchronize(UnitRegistry registry) {
        for (Unit unit : registry.units()) {
            int updated = jdbc.sql("UPDATE unit SET name = :name, kind = :kind, parent_code = :parent WHERE code = :code")
                    .param("name", unit.name()).param("kind", unit.kind().key()).param("parent", unit.parentCode())
                    .param("code", unit.code()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO unit (code, name, kind, parent_code) VALUES (:code, :name, :kind, :parent)")
                        .param("code", unit.code()).param("name", unit.name()).param("kind", unit.kind().key())
                        .param("parent", unit.parentCode()).update();
            }
        }
    }
}
