package vn.xanh.channels;

import java.nio.file.Path;

/**
 * What one run left for the people.
 *
 * @param publicPage {@code output/cong-khai/}, or null when it shows a later date and was left alone
 */
public record ChannelFiles(Path bulletin, Path infographic, Path og, Path publicPage) {
}
