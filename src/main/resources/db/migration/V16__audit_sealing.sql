-- Issue 15: the audit log without a global lock. Writers only insert an entry (numbered by AUTO_INCREMENT) and
-- its pending mark; a sealer chains committed entries after commit, in batches, into audit_seal, and is the only
-- one to lock audit_chain_head. Existing entries keep their chain: their position (seq) is their id, and their
-- hashes, computed over that number, move unchanged into audit_seal.

CREATE TABLE audit_seal (
    seq           BIGINT   NOT NULL PRIMARY KEY,
    entry_id      BIGINT   NOT NULL,
    previous_hash CHAR(64) NOT NULL,
    hash          CHAR(64) NOT NULL,
    UNIQUE KEY ux_audit_seal_entry (entry_id)
) ENGINE = InnoDB;

INSERT INTO audit_seal (seq, entry_id, previous_hash, hash)
SELECT id, id, previous_hash, hash FROM audit_entry ORDER BY id;

-- Entries committed and not sealed yet; the sealer removes a mark in the transaction that seals its entry.
CREATE TABLE audit_pending (
    entry_id BIGINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

-- The head after each sealing run, kept for comparison with heads copied outside the database.
CREATE TABLE audit_checkpoint (
    seq       BIGINT      NOT NULL PRIMARY KEY,
    hash      CHAR(64)    NOT NULL,
    entries   INT         NOT NULL,
    sealed_at DATETIME(6) NOT NULL
) ENGINE = InnoDB;

INSERT INTO audit_checkpoint (seq, hash, entries, sealed_at)
SELECT last_entry_id, last_hash, last_entry_id, UTC_TIMESTAMP(6) FROM audit_chain_head WHERE last_entry_id > 0;

ALTER TABLE audit_chain_head CHANGE last_entry_id last_seq BIGINT NOT NULL;

ALTER TABLE audit_entry
    DROP COLUMN previous_hash,
    DROP COLUMN hash,
    MODIFY id BIGINT NOT NULL AUTO_INCREMENT;

CREATE TRIGGER audit_seal_no_update BEFORE UPDATE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_seal is append-only';

CREATE TRIGGER audit_seal_no_delete BEFORE DELETE ON audit_seal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_seal is append-only';

CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';

CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_checkpoint is append-only';
