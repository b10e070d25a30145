/**
 * The workbook room: takes a file's bytes ({@code .xlsx}, {@code .xlsm}, {@code .xls}), refuses what is not a safe
 * workbook (zip bomb, DOCTYPE, password, too large) with a Vietnamese reason, and gives out each sheet's non-blank
 * cells ({@link vn.xanh.intake.internal.workbook.SheetData}, {@link vn.xanh.intake.internal.workbook.CellValue}),
 * formulas as their cached results and old Vietnamese fonts as Unicode. The only place that knows zip, XML, BIFF
 * records and POI's event readers; it uses no other room.
 */
package vn.xanh.intake.internal.workbook;
