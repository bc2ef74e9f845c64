-- The district's French school holiday zone (A, B or C; none until the administrator picks one): the shipped
-- holidays of that zone (protocols/calendar/fr-school-holidays.csv) count as days without school (issue 23).
ALTER TABLE district ADD COLUMN holiday_zone VARCHAR(1) NULL;
ALTER TABLE district ADD CONSTRAINT ck_district_holiday_zone CHECK (holiday_zone IS NULL OR holiday_zone IN ('A', 'B', 'C'));
