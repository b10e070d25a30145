-- Whether a nightly run stored these results (or a rerun corrected a night's): "status changed" compares
-- a run with the last nightly run only, never with results the periodic report stored for a period's end
-- or a rerun stored for a day no night ran.
ALTER TABLE indicator_result ADD COLUMN nightly BOOLEAN DEFAULT TRUE NOT NULL;

-- Results already stored were a night's only if a nightly job ran for their date.
UPDATE indicator_result SET nightly = FALSE WHERE NOT EXISTS (
    SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS d JOIN BATCH_JOB_EXECUTION_PARAMS m ON m.JOB_EXECUTION_ID = d.JOB_EXECUTION_ID
    WHERE d.PARAMETER_NAME = 'date' AND d.PARAMETER_VALUE = CAST(indicator_result.as_of AS VARCHAR(10))
      AND m.PARAMETER_NAME = 'mode' AND m.PARAMETER_VALUE = 'NIGHTLY');
