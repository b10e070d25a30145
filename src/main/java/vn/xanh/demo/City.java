package vn.xanh.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import vn.xanh.catalog.Catalog;
import vn.xanh.catalog.CatalogLoader;
import vn.xanh.catalog.Unit;
import vn.xanh.catalog.UnitKind;

/**
 * A city made of copies of the commune: its villages, cooperatives and market boards (with their markets) once per
 * commune, numbered ({@code THON_DONG_2}, "Thôn Đông 2"), and its office once for the whole. Written as a
 * {@code jobs/} folder of its own, the commune's with this {@code units.yml}, which the bench points the pipeline at.
 */
final class City {

    private City() {
    }

    static void write(Path communeJobs, Path jobs, int communes) throws IOException {
        Files.createDirectories(jobs);
        try (Stream<Path> files = Files.list(communeJobs)) {
            // The plan (plan.yml) names one commune's own organisations, which a city's registry does not have.
            for (Path file : files.filter(f -> f.toString().endsWith(".yml"))
                    .filter(f -> !f.getFileName().toString().equals("plan.yml")).toList()) {
                Files.copy(file, jobs.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(jobs.resolve("units.yml"), units(new CatalogLoader(communeJobs).load(), communes));
    }

    /** The city's {@code units.yml}. */
    static String units(Catalog commune, int communes) {
        StringBuilder yaml = new StringBuilder("# Đơn vị của bộ số liệu thử tải (xanh bench): " + communes
                + " lần các đơn vị của xã.\ncommune:\n  name: " + quoted("Thành phố Thử tải") + "\n  province: "
                + quoted(commune.commune().province()) + "\n");
        for (UnitKind kind : List.of(UnitKind.VILLAGE, UnitKind.COOPERATIVE, UnitKind.MARKET_BOARD)) {
            yaml.append('\n').append(kind.key()).append("s:\n"); // the lists villages, cooperatives, market_boards
            for (int c = 1; c <= communes; c++) {
                for (Unit unit : commune.units().ofKind(kind)) {
                    yaml.append(entry("  ", unit, c));
                    List<Unit> markets = commune.units().marketsOf(unit.code());
                    yaml.append(markets.isEmpty() ? "" : "    markets:\n");
                    for (Unit market : markets) {
                        yaml.append(entry("      ", market, c));
                    }
                }
            }
        }
        yaml.append("\noffices:\n");
        for (Unit office : commune.units().ofKind(UnitKind.OFFICE)) {
            yaml.append(entry("  ", office, 0));
        }
        return yaml.toString();
    }

    /** A unit's lines, numbered after commune {@code c} (not at 0); its aliases and addresses are the commune's own. */
    private static String entry(String indent, Unit unit, int c) {
        String suffix = c == 0 ? "" : "_" + c;
        return indent + "- code: " + unit.code() + suffix + "\n" + indent + "  name: "
                + quoted(unit.name() + (c == 0 ? "" : " " + c)) + "\n";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
