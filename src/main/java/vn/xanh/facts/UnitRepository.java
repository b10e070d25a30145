package vn.xanh.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Writes only what differs from the registry: the table is read once, and a run whose registry did not
     * change writes nothing (a statement a unit, every run, was most of what a small run did before its first file).
     */
    @Transactional
    public void synchronize(UnitRegistry registry) {
        Map<String, List<String>> stored = new HashMap<>();
        jdbc.sql("SELECT code, name, kind, parent_code FROM unit").query(rs -> {
            stored.put(rs.getString(1), Arrays.asList(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        for (Unit unit : registry.units()) {
            List<String> held = stored.get(unit.code());
            if (held == null) {
                jdbc.sql("INSERT INTO unit (code, name, kind, parent_code) VALUES (:code, :name, :kind, :parent)")
                        .param("code", unit.code()).param("name", unit.name()).param("kind", unit.kind().key())
                        .param("parent", unit.parentCode()).update();
            }
            else if (!held.equals(Arrays.asList(unit.name(), unit.kind().key(), unit.parentCode()))) {
                jdbc.sql("UPDATE unit SET name = :name, kind = :kind, parent_code = :parent WHERE code = :code")
                        .param("name", unit.name()).param("kind", unit.kind().key()).param("parent", unit.parentCode())
                        .param("code", unit.code()).update();
            }
        }
    }
}
