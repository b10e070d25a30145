-- One run at a time across processes: the holder renews its lease with a heartbeat; a lease not
-- renewed for a minute belonged to a process that died, and the next run may take it over.
CREATE TABLE run_lock (
    name         VARCHAR(32)  NOT NULL PRIMARY KEY,
    holder       VARCHAR(200) NOT NULL,
    acquired_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
