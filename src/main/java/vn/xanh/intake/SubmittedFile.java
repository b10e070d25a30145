package vn.xanh.intake;

import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.xanh.facts.Problem;
import vn.xanh.intake.internal.folder.DropFolder;
import vn.xanh.system.Vietnamese;

/**
 * A file as a submitter sent it, read: one that is no workbook by its name is rejected with the reason, and one
 * whose reading fails unexpectedly is rejected too, the cause kept in the log, so one strange file never stops a
 * night's run. Shared by intake and its dry run.
 */
final class SubmittedFile {

    private static final Logger log = LoggerFactory.getLogger(SubmittedFile.class);

    private SubmittedFile() {
    }

    static ParsedWorkbook parse(WorkbookParser parser, Path file) {
        String fileName = file.getFileName().toString();
        if (!DropFolder.isWorkbookName(file)) {
            return rejected("Tệp " + Vietnamese.quoted(fileName)
                    + " không phải bảng tính Excel (.xlsx, .xlsm hoặc .xls). Hãy gửi báo cáo"
                    + " bằng mẫu biểu Excel của xã.");
        }
        try {
            return parser.parse(file);
        }
        catch (RuntimeException e) {
            log.error("Unexpected failure reading {}", vn.xanh.system.ForeignText.forLog(fileName), e);
            return rejected("Không đọc được nội dung tệp " + Vietnamese.quoted(fileName)
                    + ". Hãy mở tệp bằng Excel, lưu lại dưới dạng"
                    + " .xlsx theo mẫu biểu của xã rồi gửi lại; nếu vẫn lỗi, báo cho cán bộ phụ trách.");
        }
    }

    /** A symbolic link in the drop folder: what it points to is never read, whatever it is. */
    static ParsedWorkbook link(String fileName) {
        return rejected(Vietnamese.quoted(fileName)
                + " là một liên kết (symbolic link) tới tệp khác, không phải một tệp báo cáo;"
                + " hệ thống không đọc tệp mà liên kết trỏ tới. Hãy chép chính tệp báo cáo vào thư mục nhận báo cáo.");
    }

    /** A file the program may not read (its permissions), or that the disk could not give back. */
    static ParsedWorkbook unreadable(String fileName, String cause) {
        log.warn("Could not read {}: {}", vn.xanh.system.ForeignText.forLog(fileName),
                vn.xanh.system.ForeignText.forLog(cause));
        return rejected("Không mở được tệp " + Vietnamese.quoted(fileName)
                + " để đọc (tệp bị khóa quyền đọc hoặc hỏng trên ổ đĩa)."
                + " Hãy chép lại tệp vào thư mục nhận báo cáo; nếu vẫn lỗi, báo cho cán bộ phụ trách.");
    }

    /** A file from the mailbox that the drop folder refused to take (a permission, a name). */
    static ParsedWorkbook unplaced(String fileName, String cause) {
        return rejected("Không đặt được tệp " + Vietnamese.quoted(fileName) + " vào thư mục nhận báo cáo ("
                + cause + "). Tệp được để ở đây để cán bộ phụ trách xem; hãy chép tệp vào thư mục nhận báo cáo"
                + " khi đã sửa quyền thư mục.");
    }

    private static ParsedWorkbook rejected(String reason) {
        return new ParsedWorkbook(null, null, null, false, List.of(), List.of(Problem.fileError(reason)));
    }
}
