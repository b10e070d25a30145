/**
 * The arithmetic of indicators in plain Java: no Spring, no database, so it can be read and tested
 * alone (an ArchUnit rule keeps it so).
 */
package vn.xanh.indicators.calc;
