-- ESCAP's current-status components: the share of the way from baseline to target travelled, against
-- the share of the plan's time elapsed.
ALTER TABLE indicator_result ADD COLUMN distance_travelled NUMERIC(19, 4);
ALTER TABLE indicator_result ADD COLUMN time_elapsed NUMERIC(19, 4);
