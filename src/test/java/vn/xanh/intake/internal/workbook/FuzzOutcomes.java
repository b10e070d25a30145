package vn.xanh.intake.internal.workbook;

import java.io.IOException;
import java.util.Set;

import org.opentest4j.AssertionFailedError;

/**
 * What a reader of the product may do with bytes a stranger sent, besides reading them: refuse them in a way the
 * product turns into a Vietnamese reason. A refusal of its own (the guard's, a sheet too large), an
 * {@link IOException}, or a library's complaint, checked or not, about a malformed file (which
 * {@link WorkbookReader} reports as a broken file) is clean; an exception thrown by the product's own code that it
 * did not mean to throw, or any {@link Error} (no memory, no stack), is a finding.
 */
public final class FuzzOutcomes {

    private FuzzOutcomes() {
    }

    /** Fails unless {@code thrown} is a clean refusal; {@code deliberate} are the reader's own refusals. */
    public static void assertClean(Throwable thrown, Set<Class<? extends Throwable>> deliberate) {
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown instanceof IOException || thrown instanceof XlsxGuard.Refused
                || thrown instanceof StreamingXlsxReader.TooLarge) {
            return;
        }
        if (deliberate.stream().anyMatch(type -> type.isInstance(thrown) && thrownByProduct(thrown))) {
            return;
        }
        if (thrown instanceof Exception && !thrownByProduct(thrown)) {
            return;
        }
        throw new AssertionFailedError("Unexpected " + thrown.getClass().getName() + ": " + thrown.getMessage(), thrown);
    }

    /**
     * Whether the exception was thrown in the product's own code rather than in a library it called: the first
     * frame outside the JDK is the product's (a {@code Double.parseDouble} of an unchecked text is the caller's).
     */
    static boolean thrownByProduct(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String type = frame.getClassName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return type.startsWith("vn.xanh.");
            }
        }
        return false;
    }
}
