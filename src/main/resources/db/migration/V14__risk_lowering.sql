-- A risk assessment that lowers a case's danger (its level, or a danger answer the case held) keeps the level it
-- lowered from and the reason its author, a head of school, recorded (issue 12: danger is never lowered silently).
ALTER TABLE risk_assessment
    ADD COLUMN lowered_from VARCHAR(20) NULL,
    ADD COLUMN lowering_reason TEXT NULL;
