-- Parents follow their child's case (issue 6): acknowledgements of parent-visible timeline entries and the
-- message threads between a parent and the school; notifications by e-mail: each account's channel preference
-- and the delivery log (an outbox written in the transaction of the notification it carries).

-- A parent's message thread with the school about one case: one thread per case and parent account (two
-- parents of one pupil do not read each other's messages). child_person_id names the pupil it is about.
CREATE TABLE family_message (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT      NOT NULL,
    parent_account_id BIGINT      NOT NULL,
    child_person_id   BIGINT      NOT NULL,
    author_account_id BIGINT      NOT NULL,
    from_parent       BOOLEAN     NOT NULL,
    kind              VARCHAR(16) NOT NULL,
    body              TEXT        NOT NULL,
    sent_at           DATETIME(6) NOT NULL,
    CONSTRAINT fk_family_message_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_family_message_parent FOREIGN KEY (parent_account_id) REFERENCES account (id),
    CONSTRAINT fk_family_message_child FOREIGN KEY (child_person_id) REFERENCES person (id),
    CONSTRAINT fk_family_message_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT ck_family_message_kind CHECK (kind IN ('MESSAGE', 'MEETING_REQUEST')),
    INDEX ix_family_message_thread (case_id, parent_account_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A parent confirmed they read a parent-visible entry of the case's timeline.
CREATE TABLE family_acknowledgement (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT      NOT NULL,
    case_event_id   BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    acknowledged_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_family_ack UNIQUE (case_event_id, account_id),
    CONSTRAINT fk_family_ack_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_family_ack_event FOREIGN KEY (case_event_id) REFERENCES case_event (id),
    CONSTRAINT fk_family_ack_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_family_ack_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Whether an account also wants non-urgent notifications by e-mail (no row: yes). Urgent ones always go by
-- every channel.
CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    email      BOOLEAN     NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_notification_preference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The e-mail of one notification: written with the notification (same transaction), sent after commit, retried
-- with backoff by a timer. next_attempt_at NULL: nothing more will be tried (sent, failed, or e-mail not
-- configured when it was written: last_error says so). Subject and body never hold names or facts.
CREATE TABLE mail_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    notification_id BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    address         VARCHAR(254) NOT NULL,
    language        CHAR(2)      NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      VARCHAR(500) NULL,
    next_attempt_at DATETIME(6)  NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    CONSTRAINT fk_mail_delivery_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE,
    CONSTRAINT fk_mail_delivery_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_mail_delivery_status CHECK (status IN ('PENDING', 'SENT', 'RETRYING', 'FAILED')),
    INDEX ix_mail_delivery_due (next_attempt_at),
    INDEX ix_mail_delivery_status (status, id),
    INDEX ix_mail_delivery_notification (notification_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
