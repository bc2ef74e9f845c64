-- Issue 21: retention per data class, legal holds, access and erasure requests.
-- A legal hold on a case stops its anonymisation (and that of the report it came from) whatever its age.
ALTER TABLE case_file
    ADD COLUMN legal_hold_reason VARCHAR(500) NULL,
    ADD COLUMN legal_hold_at     DATETIME(6)  NULL,
    ADD COLUMN legal_hold_by     BIGINT       NULL,
    ADD COLUMN anonymised_at     DATETIME(6)  NULL;

ALTER TABLE report
    ADD COLUMN anonymised_at DATETIME(6) NULL;

-- Every access or erasure request, whatever came of it: the record the GDPR asks a controller to keep.
CREATE TABLE privacy_request (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(10)  NOT NULL,
    subject      VARCHAR(100) NOT NULL,
    person_id    BIGINT       NULL,
    account_id   BIGINT       NULL,
    requested_by BIGINT       NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NULL,
    CONSTRAINT ck_privacy_request_kind CHECK (kind IN ('EXPORT', 'ERASURE')),
    CONSTRAINT ck_privacy_request_outcome CHECK (outcome IN ('DONE', 'REFUSED', 'UNKNOWN_SUBJECT')),
    INDEX ix_privacy_request_time (requested_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
