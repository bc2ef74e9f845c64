-- Bearer tokens of the REST API: only their SHA-256 is stored; short-lived and revocable.
CREATE TABLE api_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    account_id BIGINT      NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_api_token_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
