package vn.xanh.intake.internal.folder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.xanh.facts.Problem;
import vn.xanh.system.ForeignText;

/**
 * The text a clerk reads beside a rejected file: what is wrong, in which cell, how to fix it. UTF-8
 * with a byte-order mark, so that Notepad on an old Windows shows the diacritics; what a sender chose (the name,
 * a cell's words) is shown without control characters.
 */
final class RejectionReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private RejectionReport() {
    }

    static Path pathFor(Path storedFile) {
        return storedFile.resolveSibling(storedFile.getFileName() + ".loi.txt");
    }

    static void write(Path report, String fileName, OffsetDateTime receivedAt, List<Problem> problems)
            throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append("TỆP BỊ TRẢ LẠI: ").append(ForeignText.clean(fileName)).append("\r\n");
        text.append("Nhận lúc ").append(WHEN.format(receivedAt)).append("\r\n\r\n");
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        text.append("Tệp chưa được ghi nhận vì có ").append(errors.size()).append(" lỗi dưới đây.")
                .append(" Không số liệu nào của tệp này được tính.\r\n\r\n");
        int n = 1;
        for (Problem error : errors) {
            text.append(n++).append(". ").append(ForeignText.clean(error.located())).append("\r\n");
        }
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        if (!warnings.isEmpty()) {
            text.append("\r\nLưu ý thêm (không phải lỗi):\r\n");
            warnings.forEach(w -> text.append("- ").append(ForeignText.clean(w.located())).append("\r\n"));
        }
        text.append("\r\nCách làm: sửa các ô nêu trên trong tệp gốc, lưu lại rồi gửi lại tệp vào thư mục nhận báo cáo.")
                .append(" Tệp gửi lại sẽ được kiểm tra lại từ đầu.\r\n");
        Files.writeString(report, text, StandardCharsets.UTF_8);
    }
}
