package vn.xanh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.xanh.catalog.CatalogException;
import vn.xanh.cli.ExitCodes;

@SpringBootApplication
public class XanhApplication {

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = SpringApplication.exit(SpringApplication.run(XanhApplication.class, args));
        }
        catch (RuntimeException e) {
            exitCode = reportStartupFailure(e);
        }
        System.exit(exitCode);
    }

    /** A configuration problem is the clerk's to fix: say which file and line, exit 2. */
    private static int reportStartupFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CatalogException) {
                System.err.println(cause.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        System.err.println("Không khởi động được xanh. Kiểm tra cấu hình (cơ sở dữ liệu, thư mục, máy chủ thư)."
                + " Chi tiết: " + root.getMessage());
        return ExitCodes.USAGE;
    }
}
