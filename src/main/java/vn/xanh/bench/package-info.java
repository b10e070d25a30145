/**
 * Bench: a generator of realistic submissions at a chosen scale (seeded, written through the clerks'
 * own templates as {@code .xlsx} and {@code .xls}), the ceiling the machine allows for the same files
 * (the fastest reader into nothing, the database's bulk path), and the measurements {@code xanh bench}
 * prints and writes to {@code output/bench/}. Uses {@code catalog}, {@code facts} and {@code intake}; the
 * job itself is started by the command line, which hands the bench its runs.
 */
package vn.xanh.bench;
