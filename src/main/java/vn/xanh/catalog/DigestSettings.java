package vn.xanh.catalog;

import java.util.List;

public record DigestSettings(String from, List<Recipient> recipients) {
}
