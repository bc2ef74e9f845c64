-- The opening of a case (report received, incident filed, case opened) is no longer shown to parents: a parent
-- follows a case from the protocol's step that tells them, with the pupil's consent (issue 12).
UPDATE case_event SET parent_visible = FALSE WHERE kind IN ('REPORT_RECEIVED', 'INCIDENT_FILED', 'CASE_OPENED');
