package vn.xanh.intake.internal;

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

import vn.xanh.facts.Problem;

/**
 * The feedback that makes clerks fix their files: a copy of the rejected workbook with each faulty
 * cell filled red and a comment saying what is wrong and how to fix it, and a first sheet listing
 * every problem. The submitter's own file is left as it came.
 */
public final class AnnotatedCopy {

    private static final String AUTHOR = "xanh";

    private AnnotatedCopy() {
    }

    /** The copy's name beside the rejected file: {@code thon.xlsx} gives {@code thon.loi.xlsx}. */
    public static Path pathFor(Path storedFile) {
        String name = storedFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return storedFile.resolveSibling(name.substring(0, dot) + ".loi" + name.substring(dot));
    }

    public static void write(Path original, Path copy, List<Problem> problems) throws IOException {
        // Read from a stream, so the workbook is copied into memory and the submitter's file is never written.
        try (java.io.InputStream in = Files.newInputStream(original); Workbook workbook = WorkbookFactory.create(in)) {
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
            listSheet(workbook, problems);
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
    private static void listSheet(Workbook workbook, List<Problem> problems) {
        Sheet list = workbook.createSheet("Lỗi cần sửa");
        workbook.setSheetOrder(list.getSheetName(), 0);
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
