package vn.xanh.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of {@code xanh}, each also an environment variable ({@code XANH_INPUT_DIR} for
 * {@code xanh.input-dir}).
 *
 * @param inputDir the drop folder, with {@code processed/} and {@code rejected/} below it
 * @param outputDir where each run writes {@code <date>/}
 * @param jobsDir the editable definitions
 * @param settleTime how long a file must stay untouched before intake takes it
 * @param today the date to treat as today (for demonstrations and tests); empty for the real clock
 */
@ConfigurationProperties("xanh")
public record XanhProperties(@DefaultValue("input") Path inputDir, @DefaultValue("output") Path outputDir,
        @DefaultValue("jobs") Path jobsDir, @DefaultValue("60s") Duration settleTime, LocalDate today) {

    public Path processedDir() {
        return inputDir.resolve("processed");
    }

    public Path rejectedDir() {
        return inputDir.resolve("rejected");
    }

    /** Where held reports wait for a clerk's decision ({@code xanh approve}, {@code xanh refuse}). */
    public Path heldDir() {
        return inputDir.resolve("held");
    }

    public Path outputFor(LocalDate date) {
        return outputDir.resolve(date.toString());
    }
}
