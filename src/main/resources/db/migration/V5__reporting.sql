-- Confidential reports from pupils and witnesses. No IP address, user agent or device data is ever stored.
CREATE TABLE report (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_id              BIGINT        NOT NULL,
    category               VARCHAR(20)   NOT NULL,
    description            TEXT          NOT NULL,
    occurred_on            DATE          NULL,
    frequency              VARCHAR(20)   NULL,
    at_school              BOOLEAN       NOT NULL DEFAULT FALSE,
    platforms              VARCHAR(300)  NULL,
    involved               TEXT          NULL,
    witness                BOOLEAN       NOT NULL,
    anonymous              BOOLEAN       NOT NULL,
    reporter_name          VARCHAR(100)  NULL,
    reporter_class         VARCHAR(40)   NULL,
    reporter_account_id    BIGINT        NULL,
    risk_immediate_danger  BOOLEAN       NOT NULL,
    risk_self_harm         BOOLEAN       NOT NULL,
    risk_threats           BOOLEAN       NOT NULL,
    risk_location_shared   BOOLEAN       NOT NULL,
    risk_blackmail         BOOLEAN       NOT NULL,
    risk_intimate_images   BOOLEAN       NOT NULL,
    urgent                 BOOLEAN       NOT NULL,
    urgent_acknowledged_at DATETIME(6)   NULL,
    urgent_acknowledged_by BIGINT        NULL,
    status                 VARCHAR(20)   NOT NULL,
    -- HMAC-SHA256 of the receipt under a key kept outside the database: an indexed lookup, useless without the key
    receipt_lookup         CHAR(64)      NOT NULL,
    -- PBKDF2 of the receipt: what the lookup finds is checked against it
    receipt_hash           VARCHAR(200)  NOT NULL,
    content_fingerprint    CHAR(64)      NOT NULL,
    staff_unread           BOOLEAN       NOT NULL DEFAULT TRUE,
    reporter_unread        BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at             DATETIME(6)   NOT NULL,
    last_activity_at       DATETIME(6)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_report_receipt UNIQUE (receipt_lookup),
    CONSTRAINT fk_report_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_report_account FOREIGN KEY (reporter_account_id) REFERENCES account (id),
    INDEX ix_report_inbox (school_id, urgent, last_activity_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_message (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id         BIGINT      NOT NULL,
    from_reporter     BOOLEAN     NOT NULL,
    author_account_id BIGINT      NULL,
    body              TEXT        NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_report_message_report FOREIGN KEY (report_id) REFERENCES report (id),
    INDEX ix_report_message (report_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_link (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id  BIGINT        NOT NULL,
    url        VARCHAR(2000) NOT NULL,
    seen_at    DATETIME(6)   NULL,
    note       VARCHAR(500)  NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_report_link_report FOREIGN KEY (report_id) REFERENCES report (id),
    INDEX ix_report_link (report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence files, stored in the database in chunks so that a report and its files commit together and
-- backups and replication carry them. The evidence vault (encryption at rest, custody) builds on these tables.
CREATE TABLE evidence_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    from_reporter BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES report (id),
    INDEX ix_evidence_report (report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_chunk (
    evidence_id BIGINT     NOT NULL,
    seq         INT        NOT NULL,
    data        MEDIUMBLOB NOT NULL,
    PRIMARY KEY (evidence_id, seq),
    CONSTRAINT fk_evidence_chunk FOREIGN KEY (evidence_id) REFERENCES evidence_file (id)
) ENGINE = InnoDB;

-- In-app notifications (the notifications issue adds e-mail, preferences and delivery).
CREATE TABLE notification (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    record_type VARCHAR(40) NULL,
    record_id   VARCHAR(64) NULL,
    urgent      BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6) NOT NULL,
    read_at     DATETIME(6) NULL,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_notification_account (account_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bearer tokens that open one report, given for its receipt: only their SHA-256 is stored.
CREATE TABLE report_access_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    report_id  BIGINT      NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_report_access_token UNIQUE (token_hash),
    CONSTRAINT fk_report_access_token FOREIGN KEY (report_id) REFERENCES report (id),
    INDEX ix_report_access_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
