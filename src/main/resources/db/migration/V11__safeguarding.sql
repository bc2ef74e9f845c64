-- Safeguarding (issue 8): risk assessments with their history, structured urgent decisions, referrals to outside
-- bodies with their lifecycle, transitions and documents, the district's directory of outside bodies, and the
-- pupil's support plan. A late decision is escalated again until it is recorded (case_escalation gains a count
-- and the time of the next escalation).

ALTER TABLE case_escalation
    ADD COLUMN reminders        INT         NOT NULL DEFAULT 0,
    ADD COLUMN next_reminder_at DATETIME(6) NULL;

-- Every assessment is kept; the latest one of a case is the one in force.
CREATE TABLE risk_assessment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    immediate_danger BOOLEAN      NOT NULL,
    self_harm        BOOLEAN      NOT NULL,
    threats          BOOLEAN      NOT NULL,
    location_shared  BOOLEAN      NOT NULL,
    blackmail        BOOLEAN      NOT NULL,
    intimate_images  BOOLEAN      NOT NULL,
    duration         VARCHAR(10)  NOT NULL,
    frequency        VARCHAR(10)  NOT NULL,
    vulnerable       BOOLEAN      NOT NULL,
    isolated         BOOLEAN      NOT NULL,
    level            VARCHAR(20)  NOT NULL,
    reasons          VARCHAR(400) NOT NULL,
    note             TEXT         NULL,
    assessed_by      BIGINT       NOT NULL,
    assessed_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_assessment_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_assessment_by FOREIGN KEY (assessed_by) REFERENCES account (id),
    CONSTRAINT ck_assessment_level CHECK (level IN ('LOW', 'MEDIUM', 'HIGH', 'IMMEDIATE')),
    CONSTRAINT ck_assessment_duration CHECK (duration IN ('DAYS', 'WEEKS', 'MONTHS')),
    CONSTRAINT ck_assessment_frequency CHECK (frequency IN ('ONCE', 'SOMETIMES', 'DAILY')),
    INDEX ix_assessment_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The decision an urgent risk asked for: who was called, when, and the result.
CREATE TABLE urgent_decision (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    escalation_id BIGINT       NOT NULL,
    called        VARCHAR(200) NOT NULL,
    called_at     DATETIME(6)  NOT NULL,
    result        TEXT         NOT NULL,
    decided_by    BIGINT       NOT NULL,
    decided_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_urgent_decision UNIQUE (escalation_id),
    CONSTRAINT fk_urgent_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_urgent_escalation FOREIGN KEY (escalation_id) REFERENCES case_escalation (id),
    CONSTRAINT fk_urgent_by FOREIGN KEY (decided_by) REFERENCES account (id),
    INDEX ix_urgent_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The district's outside bodies: child protection unit, prosecutor, police, health services, associations,
-- platforms' reporting channels.
CREATE TABLE outside_body (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_id   BIGINT       NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    phone         VARCHAR(30)  NULL,
    email         VARCHAR(200) NULL,
    address       VARCHAR(400) NULL,
    takes         TEXT         NOT NULL,
    response_days INT          NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_body_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_body_days CHECK (response_days BETWEEN 1 AND 90),
    INDEX ix_body_kind (district_id, kind, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    party_id         BIGINT       NULL,
    body_id          BIGINT       NULL,
    recipient        VARCHAR(200) NULL,
    status           VARCHAR(20)  NOT NULL,
    rule_id          VARCHAR(80)  NULL,
    reason           TEXT         NULL,
    shared           TEXT         NULL,
    external_ref     VARCHAR(100) NULL,
    closing_note     TEXT         NULL,
    due_at           DATETIME(6)  NULL,
    reminded_at      DATETIME(6)  NULL,
    disclosure_id    BIGINT       NULL,
    created_by       BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_referral_party FOREIGN KEY (party_id) REFERENCES case_party (id),
    CONSTRAINT fk_referral_body FOREIGN KEY (body_id) REFERENCES outside_body (id),
    CONSTRAINT fk_referral_disclosure FOREIGN KEY (disclosure_id) REFERENCES disclosure (id),
    CONSTRAINT fk_referral_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_referral_status CHECK (status IN ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'REJECTED', 'DONE',
                                                    'REVOKED')),
    INDEX ix_referral_case (case_id, id),
    INDEX ix_referral_due (reminded_at, due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every move of a referral (Primero's transitions): from, to, who, when, why.
CREATE TABLE referral_transition (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_id BIGINT      NOT NULL,
    from_status VARCHAR(20) NULL,
    to_status   VARCHAR(20) NOT NULL,
    note        TEXT        NULL,
    by_account  BIGINT      NULL,
    at          DATETIME(6) NOT NULL,
    CONSTRAINT fk_transition_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT fk_transition_by FOREIGN KEY (by_account) REFERENCES account (id),
    INDEX ix_transition_referral (referral_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The documents sent with a referral, exactly as sent (with their SHA-256).
CREATE TABLE referral_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    referral_id  BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    size         INT          NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_document_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    CONSTRAINT fk_document_by FOREIGN KEY (created_by) REFERENCES account (id),
    INDEX ix_document_referral (referral_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The pupil's support: a named trusted adult, and the support offered or arranged.
CREATE TABLE support_plan (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT       NOT NULL,
    trusted_adult      VARCHAR(200) NULL,
    trusted_adult_role VARCHAR(200) NULL,
    updated_by         BIGINT       NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_support_case UNIQUE (case_id),
    CONSTRAINT fk_support_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_support_by FOREIGN KEY (updated_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE support_action (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT       NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    provider   VARCHAR(200) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    note       TEXT         NULL,
    updated_by BIGINT       NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_action_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_action_by FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT ck_action_status CHECK (status IN ('OFFERED', 'ARRANGED', 'DECLINED', 'ENDED')),
    INDEX ix_action_case (case_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
