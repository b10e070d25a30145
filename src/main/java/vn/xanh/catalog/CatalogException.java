package vn.xanh.catalog;

import java.nio.file.Path;

/** A file in {@code jobs/} that cannot be used; the message is Vietnamese and names file and line. */
public class CatalogException extends RuntimeException {

    public CatalogException(Path file, int line, String problem) {
        super(line > 0 ? "Lỗi trong tệp cấu hình " + file + ", dòng " + line + ": " + problem
                : "Lỗi trong tệp cấu hình " + file + ": " + problem);
    }
}
