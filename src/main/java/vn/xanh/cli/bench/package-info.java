/**
 * {@code xanh bench}: the command, and the bench's way into the pipeline (whole application contexts, the nightly
 * job run as {@code xanh run} runs it, {@code xanh status} in a fresh process). The measuring itself is in
 * {@code vn.xanh.bench}, the files it measures on are written by {@code vn.xanh.demo.SubmissionGenerator}.
 */
package vn.xanh.cli.bench;
