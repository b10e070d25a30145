/**
 * The command line: parses arguments, calls {@code batch} or a stage's service, prints a Vietnamese
 * summary and returns the exit status promised in docs/operations.md. No pipeline logic lives here.
 */
package vn.xanh.cli;
