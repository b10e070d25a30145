/**
 * The outbox: every message (the digest, the mailbox's answers and reminders) is stored before it is
 * sent, sent once by SMTP with retries, and marked with the server's answer. It knows no message's
 * content or purpose and touches only its own table, never a stage's results.
 */
package vn.xanh.outbox;
