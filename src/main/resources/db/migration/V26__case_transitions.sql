-- Every move of a case in its lifecycle (issue 16): from, to, by which action, who, when. Append-only.
CREATE TABLE case_transition (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT      NOT NULL,
    from_status VARCHAR(20) NULL,
    to_status   VARCHAR(20) NOT NULL,
    action      VARCHAR(20) NOT NULL,
    by_account  BIGINT      NULL,
    at          DATETIME(6) NOT NULL,
    CONSTRAINT fk_case_transition_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    INDEX ix_case_transition_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The cases opened before this table: their opening, as the only move known for sure.
INSERT INTO case_transition (case_id, from_status, to_status, action, by_account, at)
SELECT id, NULL, 'OPEN', 'OPEN_CASE', filed_by, opened_at FROM case_file;
