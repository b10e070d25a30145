-- A submission's problems lose their foreign key to submission on PostgreSQL, as its facts did in V13, and for
-- the same reason: the key is checked by a trigger that runs a query for every row a COPY writes. Intake writes
-- a report's problems in the transaction that writes its submission, and nothing deletes a submission; the crash
-- tests check, on PostgreSQL as on H2 (which keeps the key), that no problem is left without its submission.
ALTER TABLE submission_problem DROP CONSTRAINT submission_problem_submission_id_fkey;
