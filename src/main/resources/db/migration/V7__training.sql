-- Training: assignments of modules to roles and schools, the modules each role requires, lesson progress,
-- quiz attempts and certificates. The modules themselves are files (protocols/training/), named by id here.

CREATE TABLE training_assignment (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id  VARCHAR(64) NOT NULL,
    role       VARCHAR(20) NULL,
    school_id  BIGINT      NULL,
    due_on     DATE        NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by BIGINT      NULL,
    CONSTRAINT fk_training_assignment_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_training_assignment_role CHECK (role IS NULL OR role IN ('TEACHER', 'STAFF', 'REFERENT',
                                                                           'HEAD_OF_SCHOOL')),
    INDEX ix_training_assignment_module (module_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module a person must hold a valid certificate of before acting in this role (protocol step owners).
CREATE TABLE training_role_requirement (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    role       VARCHAR(20) NOT NULL,
    module_id  VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_training_role_requirement UNIQUE (role, module_id),
    CONSTRAINT ck_training_role_requirement_role CHECK (role IN ('TEACHER', 'STAFF', 'REFERENT', 'HEAD_OF_SCHOOL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_progress (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    module_id    VARCHAR(64) NOT NULL,
    lesson_id    VARCHAR(64) NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_training_progress UNIQUE (account_id, module_id, lesson_id),
    CONSTRAINT fk_training_progress_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One sitting of a quiz: the seed fixes the order shown; the score is set when it is submitted.
CREATE TABLE training_attempt (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    module_id      VARCHAR(64) NOT NULL,
    module_version INT         NOT NULL,
    seed           BIGINT      NOT NULL,
    started_at     DATETIME(6) NOT NULL,
    submitted_at   DATETIME(6) NULL,
    score_right    INT         NULL,
    score_total    INT         NULL,
    score_percent  INT         NULL,
    passed         BOOLEAN     NULL,
    CONSTRAINT fk_training_attempt_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_training_attempt_account (account_id, module_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The holder's name and the module's titles are copied at issue: the certificate states what was true then.
CREATE TABLE training_certificate (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           CHAR(16)     NOT NULL,
    account_id     BIGINT       NOT NULL,
    module_id      VARCHAR(64)  NOT NULL,
    module_version INT          NOT NULL,
    attempt_id     BIGINT       NULL,
    holder_name    VARCHAR(200) NOT NULL,
    title_fr       VARCHAR(300) NOT NULL,
    title_en       VARCHAR(300) NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NULL,
    CONSTRAINT uq_training_certificate_code UNIQUE (code),
    CONSTRAINT fk_training_certificate_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_training_certificate_attempt FOREIGN KEY (attempt_id) REFERENCES training_attempt (id),
    INDEX ix_training_certificate_account (account_id, module_id, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
