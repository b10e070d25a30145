/**
 * The digest: the Vietnamese email to the Party Committee, composed from the stored indicator results
 * and the submissions since the last digest, kept in the outbox ({@code vn.xanh.outbox}) before it is sent,
 * sent by SMTP or written as an {@code .eml} file. Reads earlier stages' results; changes none of them.
 */
package vn.xanh.digest;
