/**
 * Bench: the ceiling the machine allows for the files {@code demo}'s generator writes for a city (the fastest reader
 * into nothing, the database's bulk path), and the measurements {@code xanh bench} prints and writes to
 * {@code output/bench/}. Uses {@code catalog}, {@code facts}, {@code intake} and {@code demo}; the job itself is
 * started by the bench's command ({@code cli.bench}), which hands the bench its runs.
 */
package vn.xanh.bench;
