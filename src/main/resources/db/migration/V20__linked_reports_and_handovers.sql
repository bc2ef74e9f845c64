-- Issue 20: one incident, many reports; related-report signals; a pupil who changes school.

-- A report attached to a case of its school (besides the report a case was opened from, case_file.report_id).
-- A report is attached to one case at a time: attached_report is the report while the link is live, NULL once
-- detached, and unique. Detaching keeps the row, with who, when and why.
CREATE TABLE case_report (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    report_id       BIGINT        NOT NULL,
    attached_at     DATETIME(6)   NOT NULL,
    attached_by     BIGINT        NULL,
    detached_at     DATETIME(6)   NULL,
    detached_by     BIGINT        NULL,
    detach_reason   VARCHAR(500)  NULL,
    attached_report BIGINT AS (IF(detached_at IS NULL, report_id, NULL)) PERSISTENT,
    CONSTRAINT fk_case_report_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_case_report_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT uq_case_report_live UNIQUE (attached_report),
    INDEX ix_case_report_case (case_id, id),
    INDEX ix_case_report_report (report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The normalised signals of each report (handles, phone numbers, URLs, platform and week, target class), taken
-- when the report arrives, so that finding related reports is an indexed query, never a scan of texts.
CREATE TABLE report_signal (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT        NOT NULL,
    school_id   BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    value       VARCHAR(190)  NOT NULL,
    received_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_signal_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_signal_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT uq_signal UNIQUE (report_id, kind, value),
    INDEX ix_signal_value (kind, value, school_id),
    INDEX ix_signal_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A suggestion staff dismissed: that pair of reports is not suggested again.
CREATE TABLE related_dismissal (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT       NOT NULL,
    related_id   BIGINT       NOT NULL,
    dismissed_by BIGINT       NULL,
    dismissed_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_dismissal_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_dismissal_related FOREIGN KEY (related_id) REFERENCES report (id),
    CONSTRAINT uq_dismissal UNIQUE (report_id, related_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A case handed over: to another school of the district (to_school_id), or out of the district (a letter,
-- destination named). old_record is the old school's read-only record of its part, written at the handover.
CREATE TABLE case_handover (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT        NOT NULL,
    case_number    VARCHAR(20)   NOT NULL,
    from_school_id BIGINT        NOT NULL,
    to_school_id   BIGINT        NULL,
    destination    VARCHAR(200)  NULL,
    reason         VARCHAR(500)  NOT NULL,
    summary        TEXT          NOT NULL,
    pupil_consent  BOOLEAN       NOT NULL,
    parent_consent BOOLEAN       NOT NULL,
    handed_by      BIGINT        NULL,
    handed_by_name VARCHAR(200)  NOT NULL,
    handed_at      DATETIME(6)   NOT NULL,
    old_record     MEDIUMTEXT    NOT NULL,
    CONSTRAINT fk_handover_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_handover_from FOREIGN KEY (from_school_id) REFERENCES school (id),
    CONSTRAINT fk_handover_to FOREIGN KEY (to_school_id) REFERENCES school (id),
    INDEX ix_handover_from (from_school_id, handed_at, id),
    INDEX ix_handover_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The staff list of reports, newest first (GET /api/v1/reports, keyset on received time and id).
CREATE INDEX ix_report_newest ON report (school_id, created_at, id);

-- Reports received before this migration have no signals yet: a timer takes them in batches, in id order, up to the
-- last report of this moment (later reports get theirs as they arrive). One row; locked while a batch runs.
CREATE TABLE signal_backfill (
    id           TINYINT  NOT NULL PRIMARY KEY,
    done_through BIGINT   NOT NULL,
    upto         BIGINT   NOT NULL
) ENGINE = InnoDB;
INSERT INTO signal_backfill (id, done_through, upto) SELECT 1, 0, COALESCE(MAX(id), 0) FROM report;
