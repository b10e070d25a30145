package vn.xanh.intake.internal.writer;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A new .xlsx holding only what a reader sees of a submitted workbook: sheets, values, number formats,
 * fonts, fills, borders, widths and merged cells. Whatever else came in (macros, external links, formulas,
 * hyperlinks, embedded objects, data connections) is not carried over, so the copy we mail back can do
 * nothing but be read, whatever the sender attached.
 */
final class FreshWorkbook {

    private final Workbook source;
    private final XSSFWorkbook target;
    private final Map<Integer, CellStyle> styles = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();

    private FreshWorkbook(Workbook source, XSSFWorkbook target) {
        this.source = source;
        this.target = target;
    }

    /** Copies every sheet of {@code source} but those named in {@code skipped} after what {@code target} holds. */
    static void copy(Workbook source, XSSFWorkbook target, java.util.Set<String> skipped) {
        FreshWorkbook copy = new FreshWorkbook(source, target);
        for (int i = 0; i < source.getNumberOfSheets(); i++) {
            Sheet sheet = source.getSheetAt(i);
            if (!skipped.contains(sheet.getSheetName())) {
                copy.sheet(sheet, source.isSheetHidden(i) || source.isSheetVeryHidden(i));
            }
        }
    }

    private void sheet(Sheet from, boolean hidden) {
        Sheet to = target.createSheet(from.getSheetName());
        if (hidden) {
            target.setSheetHidden(target.getSheetIndex(to), true);
        }
        to.setDefaultColumnWidth(from.getDefaultColumnWidth());
        to.setDefaultRowHeight(from.getDefaultRowHeight());
        int lastColumn = 0;
        for (Row row : from) {
            Row copy = to.createRow(row.getRowNum());
            if (row.isFormatted() || row.getHeight() != from.getDefaultRowHeight()) {
                copy.setHeight(row.getHeight());
            }
            for (Cell cell : row) {
                cell(cell, copy.createCell(cell.getColumnIndex()));
                lastColumn = Math.max(lastColumn, cell.getColumnIndex());
            }
        }
        for (int column = 0; column <= lastColumn; column++) {
            to.setColumnWidth(column, from.getColumnWidth(column));
            to.setColumnHidden(column, from.isColumnHidden(column));
        }
        for (CellRangeAddress merged : from.getMergedRegions()) {
            to.addMergedRegionUnsafe(merged.copy());
        }
    }

    /** The value as shown: a formula gives the result it last had, never the formula (it may point outside). */
    private void cell(Cell from, Cell to) {
        to.setCellStyle(style(from.getCellStyle()));
        CellType type = from.getCellType() == CellType.FORMULA ? from.getCachedFormulaResultType() : from.getCellType();
        switch (type) {
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case STRING -> to.setCellValue(from.getRichStringCellValue().getString());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case ERROR -> to.setCellErrorValue(FormulaError.forInt(from.getErrorCellValue()).getCode());
            default -> to.setBlank();
        }
    }

    private CellStyle style(CellStyle from) {
        return styles.computeIfAbsent((int) from.getIndex(), index -> {
            CellStyle style = target.createCellStyle();
            if (from instanceof XSSFCellStyle xssf) {
                // The same format on both sides: the style comes over whole, colours given as RGB included.
                ((XSSFCellStyle) style).cloneStyleFrom(xssf);
                return style;
            }
            style.setAlignment(from.getAlignment());
            style.setVerticalAlignment(from.getVerticalAlignment());
            style.setWrapText(from.getWrapText());
            style.setIndention(from.getIndention());
            style.setRotation(from.getRotation());
            style.setBorderTop(from.getBorderTop());
            style.setBorderBottom(from.getBorderBottom());
            style.setBorderLeft(from.getBorderLeft());
            style.setBorderRight(from.getBorderRight());
            style.setTopBorderColor(from.getTopBorderColor());
            style.setBottomBorderColor(from.getBottomBorderColor());
            style.setLeftBorderColor(from.getLeftBorderColor());
            style.setRightBorderColor(from.getRightBorderColor());
            style.setFillPattern(from.getFillPattern());
            style.setFillForegroundColor(from.getFillForegroundColor());
            style.setFillBackgroundColor(from.getFillBackgroundColor());
            style.setDataFormat(target.createDataFormat().getFormat(from.getDataFormatString()));
            style.setFont(font(source.getFontAt(from.getFontIndex())));
            return style;
        });
    }

    private Font font(Font from) {
        return fonts.computeIfAbsent(from.getIndex(), index -> {
            Font font = target.createFont();
            font.setFontName(from.getFontName());
            font.setFontHeight(from.getFontHeight());
            font.setBold(from.getBold());
            font.setItalic(from.getItalic());
            font.setUnderline(from.getUnderline());
            font.setStrikeout(from.getStrikeout());
            font.setColor(from.getColor());
            font.setTypeOffset(from.getTypeOffset());
            return font;
        });
    }
}
