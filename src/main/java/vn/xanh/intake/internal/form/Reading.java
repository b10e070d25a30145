package vn.xanh.intake.internal.form;

import vn.xanh.intake.internal.workbook.CellValue;

/** A value read for one unit and metric, with the cell it came from. */
public record Reading(String unitCode, String metric, double value, CellValue cell) {
}
