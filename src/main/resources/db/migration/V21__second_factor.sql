-- Issue 21: a second factor (TOTP, RFC 6238) for staff accounts.
-- The shared secret is kept sealed (AES-256-GCM under HAVEN_TOTP_KEY, or a key derived from HAVEN_RECEIPT_KEY):
-- a copy of the database alone does not give it. last_step is the last time step accepted, so that a code is
-- never accepted twice. confirmed_at stays NULL until the first code is typed back: an unconfirmed secret asks for
-- nothing at sign-in.
CREATE TABLE account_totp (
    account_id    BIGINT       NOT NULL PRIMARY KEY,
    secret_sealed VARCHAR(200) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    confirmed_at  DATETIME(6)  NULL,
    last_step     BIGINT       NOT NULL DEFAULT 0,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_account_totp_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use recovery codes, kept only as SHA-256 of the account id and the code (80 random bits each).
CREATE TABLE account_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uq_recovery_code UNIQUE (code_hash),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_recovery_code_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
