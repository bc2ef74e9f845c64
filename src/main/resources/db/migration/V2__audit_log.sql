-- Append-only audit log, chained by SHA-256: each entry holds the hash of the one before it.
CREATE TABLE audit_entry (
    id               BIGINT       NOT NULL PRIMARY KEY,
    occurred_at      DATETIME(6)  NOT NULL,
    actor_account_id BIGINT       NULL,
    actor            VARCHAR(64)  NOT NULL,
    actor_role       VARCHAR(20)  NULL,
    action           VARCHAR(48)  NOT NULL,
    record_type      VARCHAR(40)  NULL,
    record_id        VARCHAR(64)  NULL,
    school_id        BIGINT       NULL,
    detail           VARCHAR(500) NULL,
    previous_hash    CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    INDEX ix_audit_record (record_type, record_id, id),
    INDEX ix_audit_actor (actor_account_id, id),
    INDEX ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: the last entry of the chain. Appending locks it (SELECT ... FOR UPDATE) for the rest of the
-- transaction, so entries are numbered and chained in commit order, with no fork and no gap.
CREATE TABLE audit_chain_head (
    id            TINYINT  NOT NULL PRIMARY KEY,
    last_entry_id BIGINT   NOT NULL,
    last_hash     CHAR(64) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_entry_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
