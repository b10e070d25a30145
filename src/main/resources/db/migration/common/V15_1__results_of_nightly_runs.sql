-- Whether a nightly run stored these results (or a rerun corrected a night's): "status changed" compares
-- a run with the last nightly run only, never with results of a rerun for a day no night ran. Rows from
-- before this column are taken as the nights' they mostly were.
ALTER TABLE indicator_result ADD COLUMN nightly BOOLEAN DEFAULT TRUE NOT NULL;
