package org.haven.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * One pupil's answers to a campaign: only the group and the day. No account, name, address, device or time of
 * day, so that a response can be tied neither to a pupil nor to a report made from the same page.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Random, not a sequence: see V19__surveys.sql. */
    @Id
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    protected SurveyResponse() {
    }

    public SurveyResponse(long campaignId, long groupId, LocalDate answeredOn) {
        this.id = RANDOM.nextLong(1, Long.MAX_VALUE);
        this.campaignId = campaignId;
        this.groupId = groupId;
        this.answeredOn = answeredOn;
    }

    public Long id() {
        return id;
    }
}
