package vn.xanh.catalog.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import vn.xanh.catalog.CatalogException;

/**
 * A composed YAML node that remembers its file and line, so that every problem found while mapping
 * it can be reported where the commune's staff will look.
 */
public record YamlNode(Path file, Node node) {

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public CatalogException problem(String message) {
        return new CatalogException(file, line(), message);
    }

    /** The keys and values of a mapping, in the order written. */
    public List<Map.Entry<String, YamlNode>> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("cần một nhóm khóa: giá trị (mapping)");
        }
        List<Map.Entry<String, YamlNode>> entries = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode key = new YamlNode(file, tuple.getKeyNode());
            entries.add(Map.entry(key.text(), new YamlNode(file, tuple.getValueNode())));
        }
        return entries;
    }

    public double number() {
        try {
            return Double.parseDouble(text().replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw problem("cần một số, đang ghi '" + text() + "'");
        }
    }

    public Optional<YamlNode> optional(String key) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("cần một nhóm khóa: giá trị (mapping), không phải một giá trị đơn");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode keyNode && keyNode.getValue().equals(key)) {
                return Optional.of(new YamlNode(file, tuple.getValueNode()));
            }
        }
        return Optional.empty();
    }

    public YamlNode required(String key) {
        return optional(key).orElseThrow(() -> problem("thiếu khóa bắt buộc '" + key + "'"));
    }

    public String text() {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().trim();
        }
        throw problem("cần một giá trị chữ hoặc số");
    }

    public String text(String key) {
        return required(key).text();
    }

    public Optional<String> optionalText(String key) {
        return optional(key).map(YamlNode::text);
    }

    public double number(String key) {
        YamlNode value = required(key);
        try {
            return Double.parseDouble(value.text().replace(',', '.'));
        }
        catch (NumberFormatException e) {
            throw value.problem("'" + key + "' phải là một số, đang ghi '" + value.text() + "'");
        }
    }

    public boolean flag(String key) {
        Optional<YamlNode> value = optional(key);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get().text().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "có", "co" -> true;
            case "false", "no", "không", "khong" -> false;
            default -> throw value.get().problem("'" + key + "' phải là true hoặc false");
        };
    }

    public List<YamlNode> list() {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(new YamlNode(file, item)));
            return items;
        }
        throw problem("cần một danh sách (các dòng bắt đầu bằng '- ')");
    }

    public List<YamlNode> list(String key) {
        return required(key).list();
    }

    public List<YamlNode> optionalList(String key) {
        return optional(key).map(YamlNode::list).orElse(List.of());
    }

    /** One of a few allowed words, turned into its value by {@code parse} (null when not allowed). */
    public <T> T choice(java.util.function.Function<String, T> parse, String allowed) {
        T value = parse.apply(text());
        if (value == null) {
            throw problem("giá trị '" + text() + "' không hợp lệ; chỉ được dùng: " + allowed);
        }
        return value;
    }

    public java.time.LocalDate date() {
        try {
            return java.time.LocalDate.parse(text());
        }
        catch (java.time.format.DateTimeParseException e) {
            throw problem("ngày '" + text() + "' phải viết dạng năm-tháng-ngày, ví dụ 2026-01-31");
        }
    }

    /** A list of words, written either as a YAML list or as a single value. */
    public List<String> words(String key) {
        YamlNode value = required(key);
        if (value.node instanceof ScalarNode) {
            return List.of(value.text());
        }
        return value.list().stream().map(YamlNode::text).toList();
    }
}
