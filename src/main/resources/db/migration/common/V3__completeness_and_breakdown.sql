-- When a file arrived (its time in the drop folder), to judge reports against the deadline, and whether
-- the unit said it had nothing to report ("Không phát sinh").
ALTER TABLE submission ADD COLUMN arrived_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE submission ADD COLUMN nothing_to_report BOOLEAN DEFAULT FALSE NOT NULL;

-- Who was expected to report for a month, who did, who was late, who has been silent, as of a date.
CREATE TABLE completeness (
    as_of         DATE        NOT NULL,
    period_month  DATE        NOT NULL,
    unit_code     VARCHAR(64) NOT NULL,
    unit_kind     VARCHAR(32) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    arrived_at    TIMESTAMP WITH TIME ZONE,
    silent_months INTEGER     NOT NULL,
    PRIMARY KEY (as_of, period_month, unit_code)
);

-- Each unit's own value of an indicator, and its place among the units that hold the commune back.
CREATE TABLE indicator_breakdown (
    as_of       DATE           NOT NULL,
    code        VARCHAR(16)    NOT NULL,
    unit_code   VARCHAR(64)    NOT NULL,
    unit_value  NUMERIC(19, 4),
    numerator   NUMERIC(19, 4),
    denominator NUMERIC(19, 4),
    shortfall   NUMERIC(19, 4),
    position    INTEGER,
    PRIMARY KEY (as_of, code, unit_code)
);
