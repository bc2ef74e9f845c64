-- Insight (issue 18), fourth part: overdue steps and referrals within 200 ms. Both figures are counted when read
-- (V23) and had to join case_file for every step or referral only to learn its school. case_step and referral now
-- keep their case's school (written by the entities from their case and moved with it on a handover,
-- cases.application.CaseHandovers), so that the viewer's schools are found in an index of the table itself.
ALTER TABLE case_step ADD COLUMN school_id BIGINT NULL AFTER case_id;
ALTER TABLE referral ADD COLUMN school_id BIGINT NULL AFTER case_id;

UPDATE case_step s JOIN case_file c ON c.id = s.case_id SET s.school_id = c.school_id;
UPDATE referral r JOIN case_file c ON c.id = r.case_id SET r.school_id = c.school_id;

ALTER TABLE case_step MODIFY school_id BIGINT NOT NULL;
ALTER TABLE referral MODIFY school_id BIGINT NOT NULL;

CREATE INDEX ix_step_school_overdue ON case_step (school_id, status, due_at);
CREATE INDEX ix_referral_school_created ON referral (school_id, created_at, status, kind);
