-- Insight (issues 18 and 15): a report or case change no longer updates the shared counters itself. It appends its
-- increments here (no unique key: concurrent writers never wait on each other, never deadlock on a counter row),
-- in its own transaction as before; InsightFoldTimer folds committed increments into insight_count every few
-- seconds, one instance at a time (insight_fold_head, FOR UPDATE SKIP LOCKED), and the dashboards add what is not
-- folded yet, so figures stay exact.
CREATE TABLE insight_pending (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    measure   VARCHAR(16) NOT NULL,
    day       DATE        NOT NULL,
    school_id BIGINT      NOT NULL,
    category  VARCHAR(30) NOT NULL,
    dimension VARCHAR(16) NOT NULL,
    n         BIGINT      NOT NULL,
    INDEX ix_insight_pending (measure, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE insight_fold_head (
    id     TINYINT NOT NULL PRIMARY KEY,
    folded BIGINT  NOT NULL
) ENGINE = InnoDB;

INSERT INTO insight_fold_head (id, folded) VALUES (1, 0);
