-- Directory: the district, its schools, the people in them, guardianship links and accounts.
CREATE TABLE district (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    country     CHAR(2)      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_district_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_id BIGINT       NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_school_code UNIQUE (code),
    CONSTRAINT fk_school_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_school_level CHECK (level IN ('PRIMARY', 'COLLEGE', 'LYCEE')),
    INDEX ix_school_district_name (district_id, name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE person (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_id  BIGINT       NOT NULL,
    kind         VARCHAR(10)  NOT NULL,
    external_ref VARCHAR(64)  NOT NULL,
    first_name   VARCHAR(100) NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    school_id    BIGINT       NULL,
    class_name   VARCHAR(40)  NULL,
    birth_date   DATE         NULL,
    email        VARCHAR(254) NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_person_ref UNIQUE (district_id, external_ref),
    CONSTRAINT fk_person_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_person_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_person_kind CHECK (kind IN ('STUDENT', 'PARENT', 'STAFF')),
    INDEX ix_person_school_name (school_id, last_name, first_name, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardianship (
    parent_id  BIGINT      NOT NULL,
    child_id   BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (parent_id, child_id),
    CONSTRAINT fk_guardianship_parent FOREIGN KEY (parent_id) REFERENCES person (id),
    CONSTRAINT fk_guardianship_child FOREIGN KEY (child_id) REFERENCES person (id),
    INDEX ix_guardianship_child (child_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    district_id   BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(200) NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254) NULL,
    language      CHAR(2)      NOT NULL DEFAULT 'fr',
    person_id     BIGINT       NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    last_login_at DATETIME(6)  NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_person UNIQUE (person_id),
    CONSTRAINT fk_account_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A role held by an account; school_id NULL for district-wide roles (district_lead, district_admin).
CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    school_id  BIGINT      NULL,
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_role_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_account_role CHECK (role IN ('STUDENT', 'PARENT', 'TEACHER', 'STAFF', 'REFERENT',
                                               'HEAD_OF_SCHOOL', 'DISTRICT_LEAD', 'DISTRICT_ADMIN')),
    INDEX ix_account_role_account (account_id),
    INDEX ix_account_role_school (school_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
