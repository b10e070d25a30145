/**
 * The job and its steps, wired here and nowhere else: intake → indicators → report → digest for one
 * as-of date. Each step calls one stage's service; this package holds no stage logic.
 */
package vn.xanh.batch;
