package vn.xanh.intake;

/** Published after each file intake takes in, for a progress bar on the clerk's terminal. */
public record IntakeProgress(int done, int total, String fileName) {
}
