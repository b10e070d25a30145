/**
 * Indicators: each target's value, attainment, status against the path to 2030 and forecast, from
 * the facts on record, stored per as-of date. The arithmetic lives in {@code calc} as plain Java with
 * no Spring; this package only loads facts and stores results.
 */
package vn.xanh.indicators;
