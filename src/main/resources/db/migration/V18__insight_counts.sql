-- Insight (issue 18): counts kept up to date in the same transaction as the report or case change they count, so
-- that a dashboard sums a few thousand rows instead of scanning every case. One row per measure, day (UTC),
-- school, category and dimension (see org.haven.insight.domain.Measure for what each measure's dimension holds).
-- Every counter is kept twice: for its school, and for the whole district under school_id 0, which a district-wide
-- figure reads (a fraction of the rows).
CREATE TABLE insight_count (
    measure   VARCHAR(16) NOT NULL,
    day       DATE        NOT NULL,
    school_id BIGINT      NOT NULL,
    category  VARCHAR(30) NOT NULL,
    dimension VARCHAR(16) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (measure, day, school_id, category, dimension),
    INDEX ix_insight_school (measure, school_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reports whose first staff action (a reply or the opening of their case) was counted: it is counted once.
CREATE TABLE insight_report_acted (
    report_id BIGINT      NOT NULL PRIMARY KEY,
    acted_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB;

-- Backfill from what exists. The delay buckets are Primero's: 0-3 days, 4-5, 6-14, 15-30, over 30.
INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'REPORT', DATE(created_at), school_id, category,
       CONCAT('U', IF(urgent, '1', '0'), 'A', IF(anonymous, '1', '0'), 'W', IF(witness, '1', '0')), COUNT(*)
FROM report GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'CASE', DATE(opened_at), school_id, category, origin, COUNT(*)
FROM case_file GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'CASE_DELAY', DATE(c.opened_at), c.school_id, c.category,
       CASE WHEN TIMESTAMPDIFF(DAY, r.created_at, c.opened_at) <= 3 THEN 'DAYS_0_3'
            WHEN TIMESTAMPDIFF(DAY, r.created_at, c.opened_at) <= 5 THEN 'DAYS_4_5'
            WHEN TIMESTAMPDIFF(DAY, r.created_at, c.opened_at) <= 14 THEN 'DAYS_6_14'
            WHEN TIMESTAMPDIFF(DAY, r.created_at, c.opened_at) <= 30 THEN 'DAYS_15_30'
            ELSE 'OVER_30' END, COUNT(*)
FROM case_file c JOIN report r ON r.id = c.report_id GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'CASE_REOPENED', DATE(e.at), c.school_id, c.category, '', COUNT(*)
FROM case_event e JOIN case_file c ON c.id = e.case_id WHERE e.kind = 'REOPENED' GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_report_acted (report_id, acted_at)
SELECT r.id, LEAST(COALESCE(m.first_reply, c.opened_at), COALESCE(c.opened_at, m.first_reply))
FROM report r
LEFT JOIN (SELECT report_id, MIN(created_at) AS first_reply FROM report_message WHERE NOT from_reporter
           GROUP BY report_id) m ON m.report_id = r.id
LEFT JOIN case_file c ON c.report_id = r.id
WHERE m.first_reply IS NOT NULL OR c.opened_at IS NOT NULL;

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'REPORT_DELAY', DATE(a.acted_at), r.school_id, r.category,
       CASE WHEN TIMESTAMPDIFF(DAY, r.created_at, a.acted_at) <= 3 THEN 'DAYS_0_3'
            WHEN TIMESTAMPDIFF(DAY, r.created_at, a.acted_at) <= 5 THEN 'DAYS_4_5'
            WHEN TIMESTAMPDIFF(DAY, r.created_at, a.acted_at) <= 14 THEN 'DAYS_6_14'
            WHEN TIMESTAMPDIFF(DAY, r.created_at, a.acted_at) <= 30 THEN 'DAYS_15_30'
            ELSE 'OVER_30' END, COUNT(*)
FROM insight_report_acted a JOIN report r ON r.id = a.report_id GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'STEP', DATE(s.done_at), c.school_id, c.category,
       IF(s.due_at IS NOT NULL AND s.done_at > s.due_at, 'LATE', 'ON_TIME'), COUNT(*)
FROM case_step s JOIN case_file c ON c.id = s.case_id WHERE s.done_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'ESCALATION', DATE(e.fired_at), c.school_id, c.category, '', COUNT(*)
FROM case_escalation e JOIN case_file c ON c.id = e.case_id GROUP BY 1, 2, 3, 4, 5;

-- The district's counters (school_id 0), from the schools' ones.
INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT measure, day, 0, category, dimension, SUM(n) FROM insight_count GROUP BY measure, day, category, dimension;
