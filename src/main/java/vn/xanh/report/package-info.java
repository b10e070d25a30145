/**
 * Reports: the files one run leaves in {@code output/<date>/}: the indicators and facts as CSV and
 * the charts as PNG, drawn with a bundled font so Vietnamese letters look the same on any machine.
 * Reads indicator results and facts; sends nothing. Each table is declared once as typed columns, a heading
 * beside the value it reads ({@link vn.xanh.report.Column}), which {@code Csv} writes as a file and
 * {@code ReportWorkbook} as a sheet: {@code IndicatorColumns}, {@code UnitColumns}, {@code ActivityRows}, and
 * the files sheet in {@code WorkbookSheets}.
 */
package vn.xanh.report;
