-- Pupil surveys (issue 19). A campaign runs one questionnaire (its exact YAML kept, so results are always read
-- with the questions that were asked) in one school, for some classes or levels, each with its access code.
-- Responses hold no identity, no IP address, no device data and no time of day: only the day and the group.
CREATE TABLE survey_campaign (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    school_id      BIGINT       NOT NULL,
    survey_id      VARCHAR(60)  NOT NULL,
    survey_version INT          NOT NULL,
    survey_source  MEDIUMTEXT   NOT NULL,
    title          VARCHAR(120) NOT NULL,
    opens_on       DATE         NOT NULL,
    closes_on      DATE         NOT NULL,
    created_by     BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_survey_campaign_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_survey_campaign_account FOREIGN KEY (created_by) REFERENCES account (id),
    INDEX ix_survey_campaign_school (school_id, opens_on, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A class or level of a campaign and the short code its pupils type (or scan).
CREATE TABLE survey_group (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT      NOT NULL,
    label       VARCHAR(40) NOT NULL,
    access_code CHAR(8)     NOT NULL,
    CONSTRAINT uq_survey_group_code UNIQUE (access_code),
    CONSTRAINT fk_survey_group_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    INDEX ix_survey_group_campaign (campaign_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Ids are random, not AUTO_INCREMENT, and answers are keyed by (response, position): nothing in the rows keeps the
-- order responses came in, which the audit log's SURVEY_ANSWERED entries (and a contact request's report, made in
-- the same transaction) would otherwise tie to one response.
CREATE TABLE survey_response (
    id          BIGINT NOT NULL PRIMARY KEY,
    campaign_id BIGINT NOT NULL,
    group_id    BIGINT NOT NULL,
    answered_on DATE   NOT NULL,
    CONSTRAINT fk_survey_response_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id),
    CONSTRAINT fk_survey_response_group FOREIGN KEY (group_id) REFERENCES survey_group (id),
    INDEX ix_survey_response_campaign (campaign_id, group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per option chosen, per scale value, per text answer.
CREATE TABLE survey_answer (
    response_id BIGINT      NOT NULL,
    position    SMALLINT    NOT NULL,
    question_id VARCHAR(60) NOT NULL,
    value       VARCHAR(60) NULL,
    text        TEXT        NULL,
    PRIMARY KEY (response_id, position),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a report came from: the report wizard or the API (FORM), or a pupil's contact request at the end of a
-- survey (SURVEY). Nothing links such a report to the survey response.
ALTER TABLE report ADD COLUMN source VARCHAR(20) NOT NULL DEFAULT 'FORM';
