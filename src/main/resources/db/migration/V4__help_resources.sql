-- Help lines and services shown to pupils (at once when they report a danger), administered by the district.
CREATE TABLE help_resource (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country     CHAR(2)      NOT NULL,
    phone       VARCHAR(30)  NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    purpose_fr  VARCHAR(500) NOT NULL,
    purpose_en  VARCHAR(500) NOT NULL,
    hours_fr    VARCHAR(100) NOT NULL,
    hours_en    VARCHAR(100) NOT NULL,
    -- the risks this resource answers (comma list of IMMEDIATE_DANGER, SELF_HARM, THREATS, LOCATION_SHARED,
    -- BLACKMAIL, INTIMATE_IMAGES) or GENERAL for every report
    risks       VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    INDEX ix_help_resource_country (country, active, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO help_resource (country, phone, name_fr, name_en, purpose_fr, purpose_en, hours_fr, hours_en, risks, sort_order)
VALUES
('FR', '112', 'Urgences', 'Emergency services',
 'Un danger immédiat : violence, menace, blessure. Le 17 pour la police.',
 'Immediate danger: violence, threats, injury. 17 reaches the police.',
 '24 h/24, 7 j/7', '24/7', 'IMMEDIATE_DANGER,THREATS,LOCATION_SHARED', 10),
('FR', '3114', 'Prévention du suicide', 'Suicide prevention line',
 'Des idées de suicide ou l’envie de te faire du mal : des professionnels t’écoutent.',
 'Thoughts of suicide or of hurting yourself: professionals listen.',
 '24 h/24, 7 j/7, gratuit', '24/7, free', 'SELF_HARM', 20),
('FR', '119', 'Allô Enfance en danger', 'Children in danger (119)',
 'Un enfant en danger ou en risque de l’être, à la maison ou ailleurs.',
 'A child in danger or at risk of it, at home or elsewhere.',
 '24 h/24, 7 j/7, gratuit', '24/7, free', 'IMMEDIATE_DANGER,SELF_HARM,THREATS,BLACKMAIL', 30),
('FR', '3018', '3018 – cyberharcèlement', '3018 – cyber-harassment',
 'Harcèlement en ligne, photos intimes, chantage : écoute et retrait des contenus avec les plateformes.',
 'Online harassment, intimate images, blackmail: listens and gets content removed with the platforms.',
 '9 h – 23 h, 7 j/7, gratuit et confidentiel', '9am–11pm, every day, free and confidential',
 'GENERAL,INTIMATE_IMAGES,BLACKMAIL,LOCATION_SHARED', 40),
('FR', '3020', 'Non au harcèlement', 'No to harassment (3020)',
 'Harcèlement à l’école : écoute et conseils pour les élèves et les parents.',
 'Harassment at school: listening and advice for pupils and parents.',
 'Du lundi au vendredi 9 h – 20 h, samedi 9 h – 18 h', 'Monday to Friday 9am–8pm, Saturday 9am–6pm',
 'GENERAL', 50);
