-- One outbox row per message (recipients with and without the attached workbook), retried with
-- growing delays; SENDING marks a message handed to the SMTP server whose answer was not yet recorded.
ALTER TABLE digest_outbox ADD COLUMN audience VARCHAR(32);
ALTER TABLE digest_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
