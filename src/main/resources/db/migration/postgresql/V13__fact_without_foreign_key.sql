-- The fact table loses its foreign key to submission on PostgreSQL. PostgreSQL checks such a key with a trigger
-- that runs a query for every row a COPY writes: 11,400 facts of 1,000 reports took 100-175 ms to write with it
-- and 50-70 ms without it (README, Performance). Intake writes a report's facts in the transaction that writes
-- its submission, and nothing deletes a submission; H2, where the tests run and the check is a look-up in the
-- same process, keeps the key.
ALTER TABLE fact DROP CONSTRAINT fact_submission_id_fkey;
