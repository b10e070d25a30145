/**
 * Reports: the files one run leaves in {@code output/<date>/}: the indicators and facts as CSV and
 * the charts as PNG, drawn with a bundled font so Vietnamese letters look the same on any machine.
 * Reads indicator results and facts; sends nothing.
 */
package vn.xanh.report;
