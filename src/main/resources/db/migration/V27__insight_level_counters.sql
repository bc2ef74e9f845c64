-- Insight (issue 18), third part: a district lead's level filter within 200 ms at a million cases.

-- 1. Level counters: the counters kept once more per school level, under a negative school id (PRIMARY -1,
--    COLLEGE -2, LYCEE -3; insight.domain.LevelKey), next to the district's (school 0): a level's figures then read
--    as few rows as the district's instead of every school of the level. insight_level_school says under which level
--    each school's counters are kept; the fold (JpaCountStore) keeps both up to date, moving a school's counters when
--    its level changes, and a level's figures are read from them only when they hold exactly the schools asked for.
CREATE TABLE insight_level_school (
    school_id BIGINT      NOT NULL PRIMARY KEY,
    level     VARCHAR(16) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO insight_level_school (school_id, level)
SELECT s.id, s.level FROM school s WHERE EXISTS (SELECT 1 FROM insight_month m WHERE m.school_id = s.id);

INSERT INTO insight_count (measure, day, school_id, category, dimension, n)
SELECT c.measure, c.day, CASE l.level WHEN 'PRIMARY' THEN -1 WHEN 'COLLEGE' THEN -2 ELSE -3 END, c.category,
       c.dimension, SUM(c.n)
FROM insight_count c JOIN insight_level_school l ON l.school_id = c.school_id
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO insight_month (measure, school_id, category, month, dimension, n)
SELECT m.measure, CASE l.level WHEN 'PRIMARY' THEN -1 WHEN 'COLLEGE' THEN -2 ELSE -3 END, m.category, m.month,
       m.dimension, SUM(m.n)
FROM insight_month m JOIN insight_level_school l ON l.school_id = m.school_id
GROUP BY 1, 2, 3, 4, 5;
