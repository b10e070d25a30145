package vn.xanh.batch;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** Recognises the operating system's "no space left on device" and says it to the clerk. */
final class DiskFull {

    private DiskFull() {
    }

    static boolean is(IOException e) {
        String text = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return text != null && text.contains("No space left on device");
    }

    static String message(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? " " + fs.getFile() : "";
        return "Ổ đĩa đã đầy: không ghi được tệp" + file + " (" + e.getMessage() + "). Hãy giải phóng chỗ trống trên"
                + " ổ đĩa chứa thư mục kết quả rồi chạy lại đúng lệnh này để tiếp tục từ chỗ dừng.";
    }
}
