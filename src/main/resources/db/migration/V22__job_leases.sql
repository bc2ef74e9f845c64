-- Issue 17: work that must run once in a cluster (deadline sweeps, e-mail retries, evidence jobs, purges, the audit
-- sealer) runs under a lease: one row per job, taken by a conditional UPDATE (or an INSERT IGNORE the first time),
-- renewed by its holder at each run and taken over by another instance once it expired. Row locks are not used,
-- so that it holds on Galera too, where a FOR UPDATE lock is only local to one node: two nodes updating the same
-- row at once are resolved by certification, one of them gets a deadlock error and does not hold the lease.
-- Times are epoch milliseconds (no time-zone conversion between instances and the database).
CREATE TABLE job_lease (
    job         VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(128) NOT NULL,
    expires_ms  BIGINT       NOT NULL,
    taken_ms    BIGINT       NOT NULL,
    turns       BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB;
