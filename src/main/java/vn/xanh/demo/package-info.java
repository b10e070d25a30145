/**
 * Realistic submissions, one generator for both {@code xanh demo} and {@code xanh bench}: the monthly reports of every
 * unit of {@code jobs/units.yml} (or of a city of copies of them, for the bench) through the templates of
 * {@code jobs/}, and the demonstration's sample year around them, a few files flawed the way real ones are, so that a
 * newcomer sees the whole pipeline work.
 */
package vn.xanh.demo;
