-- Insight (issue 18), second part: the district's dashboards read whole months instead of days, and the reporting
-- channel splits out the reports that came from a pupil survey (issue 19's report.source).

-- 1. Cases opened from a survey's contact request count under channel SURVEY rather than REPORT: moved from one
--    dimension to the other, for each school and for the district (school 0). An upsert of negative and positive
--    amounts, so that increments still pending (insight_pending) keep adding up right.
INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'CASE', d, sid, cat, dim, n FROM (
    SELECT DATE(c.opened_at) AS d, c.school_id AS sid, c.category AS cat, 'REPORT' AS dim, -COUNT(*) AS n
    FROM case_file c JOIN report r ON r.id = c.report_id WHERE r.source = 'SURVEY' GROUP BY 1, 2, 3
    UNION ALL
    SELECT DATE(c.opened_at), 0, c.category, 'REPORT', -COUNT(*)
    FROM case_file c JOIN report r ON r.id = c.report_id WHERE r.source = 'SURVEY' GROUP BY 1, 3
    UNION ALL
    SELECT DATE(c.opened_at), c.school_id, c.category, 'SURVEY', COUNT(*)
    FROM case_file c JOIN report r ON r.id = c.report_id WHERE r.source = 'SURVEY' GROUP BY 1, 2, 3
    UNION ALL
    SELECT DATE(c.opened_at), 0, c.category, 'SURVEY', COUNT(*)
    FROM case_file c JOIN report r ON r.id = c.report_id WHERE r.source = 'SURVEY' GROUP BY 1, 3
) moved
ON DUPLICATE KEY UPDATE n = insight_count.n + VALUES(n);

DELETE FROM insight_count WHERE measure = 'CASE' AND n = 0;

-- 2. Reports by channel (FORM: the report wizard or the API; SURVEY: a survey's contact request).
INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'REPORT_CHANNEL', DATE(created_at), school_id, category, source, COUNT(*) FROM report GROUP BY 2, 3, 4, 5;
INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT 'REPORT_CHANNEL', DATE(created_at), 0, category, source, COUNT(*) FROM report GROUP BY 2, 4, 5;

-- 3. Whole-month counters, kept by the same fold that fills insight_count (InsightFold), for each category and
--    once more for all categories together (category '*'): a district lead's year by school then reads
--    12 x 200 rows a dimension instead of 365 x 200 x 10. A period is read as its whole months from here and its
--    partial first and last months from insight_count (insight.domain.PeriodSlices).
CREATE TABLE insight_month (
    measure   VARCHAR(16) NOT NULL,
    school_id BIGINT      NOT NULL,
    category  VARCHAR(30) NOT NULL,
    month     DATE        NOT NULL,
    dimension VARCHAR(16) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (measure, school_id, category, month, dimension)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO insight_month (measure, school_id, category, month, dimension, n)
SELECT measure, school_id, category, DATE_FORMAT(day, '%Y-%m-01'), dimension, SUM(n)
FROM insight_count GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_month (measure, school_id, category, month, dimension, n)
SELECT measure, school_id, '*', month, dimension, SUM(n)
FROM insight_month GROUP BY measure, school_id, month, dimension;

-- 4. Figures counted when read ("now" figures and the ones whose outcome changes): the steps overdue now, the
--    referrals and the takedown requests of a period, each read through an index.
CREATE INDEX ix_step_overdue ON case_step (status, due_at);
CREATE INDEX ix_referral_created ON referral (created_at);
CREATE INDEX ix_takedown_sent ON takedown_request (school_id, sent_at);
