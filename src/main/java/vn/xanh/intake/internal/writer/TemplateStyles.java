package vn.xanh.intake.internal.writer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The few styles every template uses. */
public final class TemplateStyles {

    public final CellStyle title;
    public final CellStyle heading;
    public final CellStyle label;
    public final CellStyle locked;
    public final CellStyle input;

    public TemplateStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        title = workbook.createCellStyle();
        title.setFont(bold);
        heading = workbook.createCellStyle();
        heading.setFont(bold);
        heading.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = workbook.createCellStyle();
        label.setFont(bold);
        locked = workbook.createCellStyle();
        locked.setLocked(true);
        input = workbook.createCellStyle();
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
