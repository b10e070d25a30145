package vn.xanh.intake.internal.writer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.xanh.facts.Problem;

/**
 * The feedback that makes clerks fix their files: a copy of the rejected workbook with each faulty
 * cell filled red and a comment saying what is wrong and how to fix it, and a first sheet listing
 * every problem. The copy is always a new .xlsx built from the cells' values and formats
 * ({@link FreshWorkbook}), never the sender's file annotated: it is mailed back, and must carry no macro,
 * external link or other active part whatever came in (.xlsm, .xls…). The submitter's own file is left as it came.
 */
public final class AnnotatedCopy {

    private static final String AUTHOR = "xanh";
    private static final String LIST_SHEET = "Lỗi cần sửa";

    private AnnotatedCopy() {
    }

    /** The copy's name beside the rejected file: {@code thon.xlsx}, {@code thon.xlsm}, {@code thon.xls} give {@code thon.loi.xlsx}. */
    public static Path pathFor(Path storedFile) {
        String name = storedFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return storedFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".loi.xlsx");
    }

    public static void write(Path original, Path copy, List<Problem> problems) throws IOException {
        // Read from a stream, so the submitter's file is never written; only its cells go into the new workbook.
        try (java.io.InputStream in = Files.newInputStream(original); Workbook source = WorkbookFactory.create(in);
                XSSFWorkbook workbook = new XSSFWorkbook()) {
            // The list comes first; a list sheet already in the file (a marked-up copy sent back) is ours, and old.
            Sheet list = workbook.createSheet(LIST_SHEET);
            FreshWorkbook.copy(source, workbook, java.util.Set.of(LIST_SHEET));
            for (Problem problem : problems) {
                if (!problem.isError() || problem.cell() == null || problem.sheet() == null) {
                    continue;
                }
                Sheet sheet = workbook.getSheet(problem.sheet());
                if (sheet == null) {
                    continue;
                }
                CellReference ref = new CellReference(problem.cell());
                Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setFillForegroundColor(IndexedColors.CORAL.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                cell.setCellStyle(style);
                comment(workbook, sheet, cell, problem.message());
            }
            listSheet(workbook, list, problems);
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
    }

    private static void comment(Workbook workbook, Sheet sheet, Cell cell, String text) {
        CreationHelper factory = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 5);
        cell.removeCellComment();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    /** A first sheet with every problem, those without a cell included. */
    private static void listSheet(Workbook workbook, Sheet list, List<Problem> problems) {
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
        Row header = list.createRow(0);
        header.createCell(0).setCellValue("Ô");
        header.createCell(1).setCellValue("Lỗi và cách sửa");
        int r = 1;
        for (Problem problem : problems) {
            if (problem.isError()) {
                Row row = list.createRow(r++);
                row.createCell(0).setCellValue(problem.cell() == null ? "" : problem.sheet() + "!" + problem.cell());
                row.createCell(1).setCellValue(problem.message());
            }
        }
        list.setColumnWidth(0, 16 * 256);
        list.setColumnWidth(1, 120 * 256);
    }
}
