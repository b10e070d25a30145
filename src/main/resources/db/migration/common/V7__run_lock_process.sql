-- The holder's machine and process id: a lock held by a process that no longer exists on this machine
-- is taken over at once, without waiting for its lease to lapse.
ALTER TABLE run_lock ADD COLUMN host VARCHAR(200);
ALTER TABLE run_lock ADD COLUMN pid BIGINT;
