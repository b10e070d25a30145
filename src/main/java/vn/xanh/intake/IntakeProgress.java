package vn.xanh.intake;

/** Published after each group of files intake takes in (the last one named), for a progress bar on the clerk's terminal. */
public record IntakeProgress(int done, int total, String fileName) {
}
