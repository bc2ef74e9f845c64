-- The pupil's wishes about who is told (issue 6, point 2), safety overrides with their legal ground, and the
-- record of every disclosure of case information to a parent or outside the school. Append-only: the latest
-- consent row of a pupil in a case is the one in force; earlier ones are its history.

CREATE TABLE case_consent (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT      NOT NULL,
    party_id    BIGINT      NOT NULL,
    parents     VARCHAR(12) NOT NULL,
    outside     VARCHAR(12) NOT NULL,
    note        TEXT        NULL,
    recorded_by BIGINT      NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_consent_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_consent_party FOREIGN KEY (party_id) REFERENCES case_party (id),
    CONSTRAINT fk_consent_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_consent_parents CHECK (parents IN ('AGREES', 'REFUSES', 'NOT_ASKED')),
    CONSTRAINT ck_consent_outside CHECK (outside IN ('AGREES', 'REFUSES', 'NOT_ASKED')),
    INDEX ix_consent_case (case_id, party_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consent_override (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT      NOT NULL,
    party_id     BIGINT      NOT NULL,
    scope        VARCHAR(12) NOT NULL,
    legal_ground TEXT        NOT NULL,
    decided_by   BIGINT      NOT NULL,
    decided_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_override_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_override_party FOREIGN KEY (party_id) REFERENCES case_party (id),
    CONSTRAINT fk_override_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_override_scope CHECK (scope IN ('PARENTS', 'OUTSIDE')),
    INDEX ix_override_case (case_id, party_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE disclosure (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT       NOT NULL,
    party_id       BIGINT       NULL,
    recipient_kind VARCHAR(30)  NOT NULL,
    recipient      VARCHAR(200) NOT NULL,
    what           TEXT         NOT NULL,
    why            TEXT         NOT NULL,
    basis          VARCHAR(12)  NOT NULL,
    override_id    BIGINT       NULL,
    disclosed_by   BIGINT       NOT NULL,
    disclosed_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_disclosure_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_disclosure_party FOREIGN KEY (party_id) REFERENCES case_party (id),
    CONSTRAINT fk_disclosure_override FOREIGN KEY (override_id) REFERENCES consent_override (id),
    CONSTRAINT fk_disclosure_by FOREIGN KEY (disclosed_by) REFERENCES account (id),
    CONSTRAINT ck_disclosure_basis CHECK (basis IN ('CONSENT', 'DEFAULT', 'OVERRIDE', 'NOT_PERSONAL')),
    INDEX ix_disclosure_case (case_id, disclosed_at),
    INDEX ix_disclosure_party (party_id, disclosed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
