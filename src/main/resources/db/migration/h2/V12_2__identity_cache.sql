-- H2 writes its whole store to the file each time an identity column has handed out its cached values
-- (32 by default): with a report's record and its problems, that was half of intake's time on H2. Ids
-- stay in increasing order; a stop may skip some, as it may on PostgreSQL.
ALTER TABLE submission ALTER COLUMN id SET CACHE 1000;
ALTER TABLE submission_problem ALTER COLUMN id SET CACHE 1000;
ALTER TABLE activity ALTER COLUMN id SET CACHE 1000;
ALTER TABLE green_model ALTER COLUMN id SET CACHE 1000;
