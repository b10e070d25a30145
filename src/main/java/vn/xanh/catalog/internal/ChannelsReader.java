package vn.xanh.catalog.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.xanh.catalog.ActivityLog;
import vn.xanh.catalog.Channels;
import vn.xanh.catalog.Indicator;

/** Reads {@code jobs/kenh.yml}: every target it names exists, every unit can be said aloud. */
public final class ChannelsReader {

    private static final int FEWEST_TARGETS = 4;
    private static final int MOST_TARGETS = 6;

    private ChannelsReader() {
    }

    public static Channels read(YamlNode root, List<Indicator> indicators, ActivityLog activityLog) {
        URI publicUrl = publicUrl(root.required("public_url"));
        List<YamlNode> nodes = root.list("people_targets");
        if (nodes.size() < FEWEST_TARGETS || nodes.size() > MOST_TARGETS) {
            throw root.required("people_targets").problem("cần từ " + FEWEST_TARGETS + " đến " + MOST_TARGETS
                    + " chỉ tiêu (ảnh chỉ đủ chỗ cho chừng ấy), đang có " + nodes.size());
        }
        List<Channels.PeopleTarget> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode node : nodes) {
            String code = node.text("code");
            if (indicators.stream().noneMatch(i -> i.code().equals(code))) {
                throw node.required("code").problem("mã chỉ tiêu '" + code + "' không có trong indicators.yml");
            }
            if (!seen.add(code)) {
                throw node.required("code").problem("mã chỉ tiêu '" + code + "' được nêu hai lần");
            }
            spokenOnly(node.required("action"));
            targets.add(new Channels.PeopleTarget(code, node.text("short"), node.text("action")));
        }
        YamlNode namesNode = root.required("spoken_names");
        Map<String, String> names = mapping(namesNode);
        for (Map.Entry<String, YamlNode> entry : namesNode.entries()) {
            spokenOnly(entry.getValue());
        }
        for (Indicator indicator : indicators) {
            if (!names.containsKey(indicator.code())) {
                throw namesNode.problem("chưa có tên đọc trên loa của chỉ tiêu " + indicator.code());
            }
        }
        Map<String, String> units = mapping(root.required("spoken_units"));
        for (Indicator indicator : indicators) {
            if (!units.containsKey(indicator.unit())) {
                throw root.required("spoken_units").problem("chưa có cách đọc đơn vị '" + indicator.unit()
                        + "' của chỉ tiêu " + indicator.code());
            }
        }
        Set<String> modelTypes = activityLog == null ? Set.of()
                : activityLog.models().types().stream().map(ActivityLog.ModelType::code).collect(Collectors.toSet());
        Set<String> privateTypes = new LinkedHashSet<>();
        if (root.optional("private_model_types").isPresent()) {
            for (String type : root.words("private_model_types")) {
                if (!modelTypes.contains(type)) {
                    throw root.required("private_model_types").problem("loại mô hình '" + type
                            + "' không có trong danh sách mô hình của mẫu HOATDONG (templates.yml)");
                }
                privateTypes.add(type);
            }
        }
        return new Channels(publicUrl, List.copyOf(targets), names, units, Set.copyOf(privateTypes));
    }

    /** Words read on the loudspeaker are written as they are said: no digit, no per cent sign. */
    private static void spokenOnly(YamlNode said) {
        if (said.text().matches(".*[0-9%].*")) {
            throw said.problem("câu đọc trên loa không được có chữ số hoặc dấu %: hãy viết thành chữ");
        }
    }

    private static URI publicUrl(YamlNode node) {
        try {
            URI uri = new URI(node.text());
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        }
        catch (URISyntaxException e) {
            // reported below, with the line
        }
        throw node.problem("địa chỉ trang công khai '" + node.text() + "' không hợp lệ; viết đủ dạng"
                + " https://ten-mien/duong-dan/");
    }

    private static Map<String, String> mapping(YamlNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.entries().forEach(entry -> map.put(entry.getKey(), entry.getValue().text()));
        return map;
    }
}
