/**
 * The commune's mailbox as a second drop folder, and the submitters' side of the loop: workbooks
 * attached to mail are saved into {@code input/} (fetched before intake), each sender is answered in
 * the same thread once intake has accepted or rejected the files, and units that have not reported are
 * reminded before the deadline (after the digest). Answers and reminders go through the outbox
 * ({@code vn.xanh.outbox}): stored first, sent once, retried.
 */
package vn.xanh.mailbox;
