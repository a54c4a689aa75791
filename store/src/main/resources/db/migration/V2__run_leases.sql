-- nas4j store schema, version 2: the run lease of a study.
-- One `nas4j run` proposes the trials of a study at a time (with any number of workers); the run
-- that holds the lease renews it while it runs and gives it up when it ends. A second run on the
-- same database server is refused while the lease is fresh.

CREATE TABLE run_leases (
    study_id     BIGINT        NOT NULL PRIMARY KEY,
    holder       VARCHAR(200)  NOT NULL,  -- "pid@host" of the run
    acquired_at  BIGINT        NOT NULL,
    renewed_at   BIGINT        NOT NULL,
    CONSTRAINT fk_run_leases_study FOREIGN KEY (study_id) REFERENCES studies (id) ON DELETE CASCADE
);
