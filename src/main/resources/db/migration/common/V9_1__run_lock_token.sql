-- The fence of the run lock: each acquisition writes a token of its own, and the holder checks that the
-- row still carries it on every renewal and inside every commit that matters. A run whose lease lapsed
-- and was taken over by another machine finds another token there and stops without writing.
ALTER TABLE run_lock ADD COLUMN token VARCHAR(64);
