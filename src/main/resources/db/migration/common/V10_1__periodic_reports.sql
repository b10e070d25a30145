-- The periodic reports the nightly run wrote by itself, one per period: a period's report is written on
-- the first night after it closes, and attached to that night's digest.
CREATE TABLE periodic_report (
    period_key  VARCHAR(16)  NOT NULL PRIMARY KEY,
    written_for DATE         NOT NULL,
    file        VARCHAR(500) NOT NULL
);
CREATE INDEX periodic_report_written_for ON periodic_report (written_for);
