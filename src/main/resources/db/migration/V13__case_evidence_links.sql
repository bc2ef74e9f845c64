-- Evidence, links and takedown requests can belong to a case (the vault, V8, added case_id before cases
-- existed on its branch): the foreign keys to case_file.
ALTER TABLE evidence_file ADD CONSTRAINT fk_evidence_case FOREIGN KEY (case_id) REFERENCES case_file (id);
ALTER TABLE report_link ADD CONSTRAINT fk_report_link_case FOREIGN KEY (case_id) REFERENCES case_file (id);
ALTER TABLE takedown_request ADD CONSTRAINT fk_takedown_case FOREIGN KEY (case_id) REFERENCES case_file (id);
