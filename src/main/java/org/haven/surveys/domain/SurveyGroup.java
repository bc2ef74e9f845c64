package org.haven.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A class or level taking part in a campaign, with the access code its pupils type or scan. */
@Entity
@Table(name = "survey_group")
public class SurveyGroup {

    public static final int LABEL_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(name = "access_code", nullable = false, length = 8, unique = true)
    private String accessCode;

    protected SurveyGroup() {
    }

    public SurveyGroup(long campaignId, String label, AccessCode code) {
        this.campaignId = campaignId;
        this.label = label;
        this.accessCode = code.value();
    }

    public Long id() {
        return id;
    }

    public Long campaignId() {
        return campaignId;
    }

    public String label() {
        return label;
    }

    public String accessCode() {
        return accessCode;
    }
}
