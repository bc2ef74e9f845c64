-- Protocols as data (ARCHITECTURE.md section 3) and the cases that run through them (issue 4).

-- Every valid version of every protocol ever activated, with its source: a case pins (protocol_id, version) and
-- is always run under that text, whatever is activated later.
CREATE TABLE protocol_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    protocol_id  VARCHAR(64)  NOT NULL,
    version      INT          NOT NULL,
    source_name  VARCHAR(255) NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    active       BOOLEAN      NOT NULL,
    loaded_at    DATETIME(6)  NOT NULL,
    activated_by VARCHAR(64)  NULL,
    CONSTRAINT uq_protocol_version UNIQUE (protocol_id, version),
    INDEX ix_protocol_active (protocol_id, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which protocol a school follows; NULL means the default for its level (fr-primary or fr-secondary).
ALTER TABLE school ADD COLUMN protocol_id VARCHAR(64) NULL;

-- The district's school calendar: the weekly days without school, and closures (public and school holidays).
ALTER TABLE district ADD COLUMN school_days_off VARCHAR(80) NOT NULL DEFAULT 'SATURDAY,SUNDAY';
ALTER TABLE district ADD COLUMN time_zone VARCHAR(40) NOT NULL DEFAULT 'Europe/Paris';

CREATE TABLE calendar_closure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    label       VARCHAR(120) NOT NULL,
    CONSTRAINT fk_closure_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_closure_kind CHECK (kind IN ('PUBLIC_HOLIDAY', 'SCHOOL_HOLIDAY')),
    CONSTRAINT ck_closure_days CHECK (last_day >= first_day),
    INDEX ix_closure_district (district_id, first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A case. attention orders the dashboards: 0 urgent, 1 overdue, 2 open, 3 closed; next_due_at is the earliest
-- due step (9999-12-31 when none), so that (attention, next_due_at, id) is one index-served keyset.
CREATE TABLE case_file (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number            VARCHAR(20)   NULL,
    school_id         BIGINT        NOT NULL,
    protocol_id       VARCHAR(64)   NOT NULL,
    protocol_version  INT           NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    origin            VARCHAR(20)   NOT NULL,
    report_id         BIGINT        NULL,
    category          VARCHAR(30)   NOT NULL,
    description       TEXT          NOT NULL,
    occurred_on       DATE          NULL,
    place             VARCHAR(200)  NULL,
    platforms         VARCHAR(400)  NOT NULL DEFAULT '',
    risk_tags         VARCHAR(400)  NOT NULL DEFAULT '',
    risk_level        VARCHAR(20)   NOT NULL,
    escalated         BOOLEAN       NOT NULL DEFAULT FALSE,
    attention         TINYINT       NOT NULL,
    next_due_at       DATETIME(6)   NOT NULL,
    filed_by          BIGINT        NULL,
    opened_at         DATETIME(6)   NOT NULL,
    closed_at         DATETIME(6)   NULL,
    closing_summary   TEXT          NULL,
    reopen_count      INT           NOT NULL DEFAULT 0,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_number UNIQUE (number),
    CONSTRAINT uq_case_report UNIQUE (report_id),
    CONSTRAINT fk_case_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_case_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_case_filer FOREIGN KEY (filed_by) REFERENCES account (id),
    CONSTRAINT ck_case_status CHECK (status IN ('OPEN', 'IN_PROTOCOL', 'CLOSED', 'REOPENED')),
    INDEX ix_case_dashboard (school_id, attention, next_due_at, id),
    INDEX ix_case_escalated (escalated, attention, next_due_at, id),
    INDEX ix_case_filer (filed_by, attention, next_due_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_party (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    person_id    BIGINT       NULL,
    display_name VARCHAR(200) NOT NULL,
    class_name   VARCHAR(40)  NULL,
    part         VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_party_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_party_part CHECK (part IN ('TARGET', 'ALLEGED_AUTHOR', 'WITNESS', 'REPORTER')),
    INDEX ix_party_case (case_id),
    INDEX ix_party_person (person_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per protocol step of a case. WAITING: its dependencies are not done; DUE: to do, due_at set.
-- next_rung_at: when the next rung of the protocol's overdue ladder fires if the step is still not done.
CREATE TABLE case_step (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT      NOT NULL,
    step_id       VARCHAR(64) NOT NULL,
    status        VARCHAR(10) NOT NULL,
    due_at        DATETIME(6) NULL,
    overdue_rungs INT         NOT NULL DEFAULT 0,
    next_rung_at  DATETIME(6) NULL,
    done_at       DATETIME(6) NULL,
    done_by       BIGINT      NULL,
    form_values   TEXT        NULL,
    note          TEXT        NULL,
    skip_reason   TEXT        NULL,
    version       INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_case_step UNIQUE (case_id, step_id),
    CONSTRAINT fk_step_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_step_done_by FOREIGN KEY (done_by) REFERENCES account (id),
    CONSTRAINT ck_step_status CHECK (status IN ('WAITING', 'DUE', 'DONE', 'SKIPPED')),
    INDEX ix_step_rung (next_rung_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The incident timeline: append-only, one row per event, with who saw it allowed (parents, pupil).
CREATE TABLE case_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id        BIGINT       NOT NULL,
    at             DATETIME(6)  NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_name     VARCHAR(200) NOT NULL,
    subject        VARCHAR(200) NULL,
    detail         TEXT         NULL,
    parent_visible BOOLEAN      NOT NULL DEFAULT FALSE,
    pupil_visible  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    INDEX ix_event_case (case_id, at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Escalation rules that fired on a case (once per rule and per opening of the case), and the decision they asked.
CREATE TABLE case_escalation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    rule_id         VARCHAR(64)  NOT NULL,
    cycle           INT          NOT NULL,
    fired_at        DATETIME(6)  NOT NULL,
    decision_due_at DATETIME(6)  NULL,
    decided_at      DATETIME(6)  NULL,
    decided_by      BIGINT       NULL,
    decision        TEXT         NULL,
    reminded        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_case_escalation UNIQUE (case_id, rule_id, cycle),
    CONSTRAINT fk_escalation_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    INDEX ix_escalation_pending (decided_at, decision_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE case_follow_up (
    id       BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id  BIGINT      NOT NULL,
    cycle    INT         NOT NULL,
    due_on   DATE        NOT NULL,
    label    VARCHAR(40) NOT NULL,
    done_at  DATETIME(6) NULL,
    done_by  BIGINT      NULL,
    note     TEXT        NULL,
    reminded BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_follow_up_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    INDEX ix_follow_up_due (done_at, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
