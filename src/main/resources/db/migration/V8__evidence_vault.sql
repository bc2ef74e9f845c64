-- The evidence vault (issue 5): evidence owned by a report or a case, sealed with AES-256-GCM under a key id,
-- the SHA-256 of the original kept only sealed, a chain of custody, links with platform and handle, takedown
-- requests, and the escalation paths for takedowns.

-- Evidence files: an owner (a report, or a case of the cases feature: its foreign key comes with that feature),
-- the school whose staff may see them, the key their chunks are sealed under (NULL: stored in clear by
-- issue 3, until the application's start-up job seals them and clears the plain sha256 column).
ALTER TABLE evidence_file
    MODIFY report_id BIGINT NULL,
    ADD COLUMN case_id            BIGINT       NULL AFTER report_id,
    ADD COLUMN school_id          BIGINT       NULL AFTER case_id,
    MODIFY sha256 CHAR(64) NULL,
    ADD COLUMN sha256_sealed      VARBINARY(64) NULL AFTER sha256,
    ADD COLUMN key_id             VARCHAR(32)  NULL AFTER sha256_sealed,
    ADD COLUMN chunk_count        INT          NOT NULL DEFAULT 0 AFTER key_id,
    ADD COLUMN added_by           VARCHAR(100) NULL,
    ADD COLUMN added_by_account_id BIGINT      NULL,
    ADD COLUMN added_from         VARCHAR(30)  NULL,
    ADD COLUMN description        VARCHAR(500) NULL,
    ADD COLUMN integrity_alert_at DATETIME(6)  NULL,
    ADD COLUMN purged_at          DATETIME(6)  NULL,
    ADD INDEX ix_evidence_case (case_id),
    ADD INDEX ix_evidence_key (key_id, id);

UPDATE evidence_file f JOIN report r ON r.id = f.report_id
SET f.school_id  = r.school_id,
    f.added_by   = 'reporter',
    f.added_from = 'LEGACY',
    f.chunk_count = (SELECT COUNT(*) FROM evidence_chunk c WHERE c.evidence_id = f.id);

ALTER TABLE evidence_file
    MODIFY school_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_evidence_school FOREIGN KEY (school_id) REFERENCES school (id),
    ADD CONSTRAINT ck_evidence_owner CHECK (report_id IS NOT NULL OR case_id IS NOT NULL),
    ADD INDEX ix_evidence_school (school_id, id);

-- Chain of custody: kept after the evidence is purged (no foreign key on purpose). Also in the audit log.
CREATE TABLE evidence_custody (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evidence_id      BIGINT       NOT NULL,
    action           VARCHAR(20)  NOT NULL,
    actor_account_id BIGINT       NULL,
    actor            VARCHAR(100) NOT NULL,
    actor_role       VARCHAR(30)  NULL,
    place            VARCHAR(60)  NOT NULL,
    detail           VARCHAR(300) NULL,
    at               DATETIME(6)  NOT NULL,
    INDEX ix_evidence_custody (evidence_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO evidence_custody (evidence_id, action, actor, place, detail, at)
SELECT id, 'ADDED', 'reporter', 'LEGACY', 'stored before the evidence vault', created_at FROM evidence_file;

-- Links kept as evidence: a report's (the wizard) or a case's, with platform, author's handle and who added it.
ALTER TABLE report_link
    MODIFY report_id BIGINT NULL,
    ADD COLUMN case_id       BIGINT       NULL AFTER report_id,
    ADD COLUMN platform      VARCHAR(20)  NULL,
    ADD COLUMN author_handle VARCHAR(200) NULL,
    ADD COLUMN added_by      VARCHAR(100) NULL,
    ADD CONSTRAINT ck_report_link_owner CHECK (report_id IS NOT NULL OR case_id IS NOT NULL),
    ADD INDEX ix_report_link_case (case_id);

-- Takedown requests sent to platforms, with reminders when a platform does not answer.
CREATE TABLE takedown_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id        BIGINT        NULL,
    case_id          BIGINT        NULL,
    school_id        BIGINT        NOT NULL,
    platform         VARCHAR(20)   NOT NULL,
    content_url      VARCHAR(2000) NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    sent_at          DATETIME(6)   NOT NULL,
    reference        VARCHAR(200)  NULL,
    status           VARCHAR(20)   NOT NULL,
    platform_answer  VARCHAR(2000) NULL,
    answered_at      DATETIME(6)   NULL,
    last_reminder_at DATETIME(6)   NULL,
    created_by       VARCHAR(100)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_takedown_report FOREIGN KEY (report_id) REFERENCES report (id),
    CONSTRAINT fk_takedown_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT ck_takedown_owner CHECK (report_id IS NOT NULL OR case_id IS NOT NULL),
    INDEX ix_takedown_report (report_id),
    INDEX ix_takedown_case (case_id),
    INDEX ix_takedown_pending (status, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Escalation paths for takedowns, for staff (risk tag TAKEDOWN: never listed among a pupil's help lines).
INSERT INTO help_resource (country, phone, name_fr, name_en, purpose_fr, purpose_en, hours_fr, hours_en, risks, sort_order)
VALUES
('FR', '3018', '3018 – signalement prioritaire aux plateformes', '3018 – priority reporting to platforms',
 'Le 3018 (e-Enfance) est signaleur de confiance auprès des réseaux sociaux : il obtient le retrait rapide d’images intimes, de faux comptes et de contenus de harcèlement, aussi via l’application 3018.',
 'The 3018 (e-Enfance) is a trusted flagger with social networks: it gets intimate images, fake accounts and harassment content taken down quickly, also through the 3018 app.',
 '9 h – 23 h, 7 j/7, gratuit', '9am–11pm, every day, free', 'TAKEDOWN', 110),
('FR', 'internet-signalement.gouv.fr', 'PHAROS – signalement de contenus illicites', 'PHAROS – reporting illegal content',
 'La plateforme de la police et de la gendarmerie pour signaler un contenu illicite en ligne (menaces, images intimes de mineurs, incitation à la haine) ; ne remplace pas une plainte.',
 'The police and gendarmerie platform for reporting illegal online content (threats, intimate images of minors, incitement to hatred); it does not replace a complaint.',
 'En ligne, 24 h/24', 'Online, 24/7', 'TAKEDOWN', 120);
